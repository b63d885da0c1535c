package org.motcua.dossier;

import org.motcua.problem.ErrorCode;
import org.motcua.problem.ProblemException;
import org.motcua.registry.BusinessRecord;
import org.motcua.registry.PersonRecord;
import org.motcua.registry.ReadContext;
import org.motcua.registry.Registries;
import org.motcua.registry.RegistryRead;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Data instead of documents: the applicant consents, the platform reads their own records from the registries (each
 * read logged by the registry gateway, purpose {@code prefill:<procedure>}) and offers the values pre-filled. A
 * registry that has no record or does not answer is reported; the applicant then continues by hand.
 */
@Service
public class RegistryConsents {

    static final String TEXT_VERSION = "consent-2025-1";
    static final String TEXT = "Tôi đồng ý để Một Cửa khai thác thông tin của tôi trong các cơ sở dữ liệu nêu dưới đây"
            + " để điền sẵn tờ khai và thay cho giấy tờ phải nộp của thủ tục này. / I agree that Một Cửa reads my"
            + " records in the databases below to pre-fill this form and instead of the papers it asks for.";
    static final Duration VALIDITY = Duration.ofHours(24);

    private final ProcedureTermsLookup procedures;
    private final Registries registries;
    private final Consents consents;
    private final JsonMapper json;
    private final Clock clock;

    RegistryConsents(ProcedureTermsLookup procedures, Registries registries, Consents consents, JsonMapper json,
                     Optional<Clock> clock) {
        this.procedures = procedures;
        this.registries = registries;
        this.consents = consents;
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What would be read, before anything is. */
    public ConsentOffer offer(String procedureCode) {
        ProcedureTerms terms = terms(procedureCode);
        Map<String, ConsentOffer.Item> items = new LinkedHashMap<>();
        terms.registryComponents().forEach((component, registry) -> items.computeIfAbsent(registry,
                r -> new ConsentOffer.Item(r, new ArrayList<>(), new ArrayList<>())).componentIds().add(component));
        terms.prefill().forEach((field, source) -> {
            String registry = source.substring(0, source.indexOf('.'));
            items.computeIfAbsent(registry, r -> new ConsentOffer.Item(r, new ArrayList<>(), new ArrayList<>()))
                    .formFields().add(field);
        });
        return new ConsentOffer(terms.code(), terms.version(), TEXT, TEXT_VERSION, List.copyOf(items.values()));
    }

    /** Records the consent of the calling applicant and reads their records. */
    public ConsentResult give(String procedureCode, Actor by) {
        if (by.kind() != Actor.Kind.CITIZEN) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "Only the applicant consents to reading their own records (log in with your e-ID)");
        }
        ProcedureTerms terms = terms(procedureCode);
        Instant now = clock.instant();
        String purpose = "prefill:" + terms.code();
        boolean person = ApplicantRules.PERSONAL_ID.matcher(by.id()).matches();
        List<RegistryOutcome> outcomes = new ArrayList<>();
        PersonRecord personRecord = null;
        BusinessRecord businessRecord = null;
        List<String> readRegistries = new ArrayList<>(new java.util.LinkedHashSet<>(
                terms.registryComponents().values()));
        terms.prefill().values().forEach(s -> {
            String r = s.substring(0, s.indexOf('.'));
            if (!readRegistries.contains(r)) {
                readRegistries.add(r);
            }
        });
        List<String> fields = fieldsRead(terms);
        for (String registry : readRegistries) {
            switch (registry) {
                case "population" -> {
                    if (!person) {
                        outcomes.add(new RegistryOutcome(registry, "NOT_FOUND", null,
                                "An organisation account has no population record; enter the data by hand"));
                        continue;
                    }
                    RegistryRead<PersonRecord> read = registries.person(by.id(),
                            ReadContext.citizen(by.id(), purpose, fields.toArray(String[]::new)));
                    outcomes.add(outcome(registry, read));
                    personRecord = read.toOptional().orElse(null);
                }
                case "civil_status" -> {
                    if (person) {
                        outcomes.add(outcome(registry, registries.civilStatus(by.id(),
                                ReadContext.citizen(by.id(), purpose, "records"))));
                    }
                }
                case "business" -> {
                    if (!person) {
                        RegistryRead<BusinessRecord> read = registries.business(by.id(),
                                ReadContext.citizen(by.id(), purpose, "taxCode", "name", "address",
                                        "representativeName"));
                        outcomes.add(outcome(registry, read));
                        businessRecord = read.toOptional().orElse(null);
                    }
                }
                default -> { }
            }
        }
        Map<String, String> values = PrefillResolver.resolve(terms.prefill(), personRecord, businessRecord);
        ObjectNode form = json.createObjectNode();
        values.forEach((path, value) -> put(form, path, value));
        Map<String, String> sources = new LinkedHashMap<>();
        values.keySet().forEach(path -> sources.put(path, sourceOf(outcomes, terms.prefill().get(path))));
        Map<String, String> applicant = applicant(personRecord, businessRecord);
        List<String> fromRegistry = terms.registryComponents().entrySet().stream()
                .filter(e -> outcomes.stream().anyMatch(o -> o.registry().equals(e.getValue())
                        && o.status().equals("FOUND")))
                .map(Map.Entry::getKey).toList();
        Consent consent = new Consent(UUID.randomUUID(), by.id(), person ? "citizen" : "organisation", terms.code(),
                terms.version(), TEXT_VERSION, readRegistries, fields, outcomes, form, sources, applicant,
                fromRegistry, now, now.plus(VALIDITY), null);
        consents.insert(consent);
        return consent.toResult();
    }

    private ProcedureTerms terms(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidParameter("procedure", "is required");
        }
        return procedures.current(code).orElseThrow(() -> new ProblemException(ErrorCode.PROCEDURE_NOT_FOUND,
                "No procedure in force with code '" + code + "'"));
    }

    /** The record fields the procedure uses: the applicant's identity and whatever its prefill names. */
    private static List<String> fieldsRead(ProcedureTerms terms) {
        List<String> fields = new ArrayList<>(List.of("personalId", "fullName", "birthDate", "currentResidence"));
        terms.prefill().values().forEach(source -> {
            String[] p = source.split("\\.");
            String field = p[0].equals("population") && !p[1].equals("self") && !p[1].equals("couple") ? p[1]
                    : p[0].equals("population") && p[1].equals("couple") ? "spouse" : p[p.length - 1];
            if (!fields.contains(field)) {
                fields.add(field);
            }
        });
        return fields;
    }

    private static RegistryOutcome outcome(String registry, RegistryRead<?> read) {
        if (read instanceof RegistryRead.Found<?> found) {
            return new RegistryOutcome(registry, "FOUND", found.source(), null);
        }
        if (read instanceof RegistryRead.NotFound<?> notFound) {
            return new RegistryOutcome(registry, "NOT_FOUND", null, notFound.message());
        }
        return new RegistryOutcome(registry, "UNAVAILABLE", null, ((RegistryRead.Unavailable<?>) read).message());
    }

    private static String sourceOf(List<RegistryOutcome> outcomes, String source) {
        String registry = source.substring(0, source.indexOf('.'));
        return outcomes.stream().filter(o -> o.registry().equals(registry)).map(RegistryOutcome::source)
                .filter(s -> s != null).findFirst().orElse(registry);
    }

    private static Map<String, String> applicant(PersonRecord p, BusinessRecord b) {
        Map<String, String> applicant = new LinkedHashMap<>();
        if (p != null) {
            applicant.put("personalId", p.personalId());
            applicant.put("fullName", p.fullName());
            if (p.birthDate() != null) {
                applicant.put("dateOfBirth", p.birthDate().toString());
            }
            if (p.currentResidence() != null) {
                applicant.put("address", p.currentResidence());
            }
        } else if (b != null) {
            applicant.put("taxCode", b.taxCode());
            applicant.put("fullName", b.representativeName() == null ? b.name() : b.representativeName());
            if (b.address() != null) {
                applicant.put("address", b.address());
            }
        }
        return applicant;
    }

    static void put(ObjectNode form, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode node = form;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) && node.get(parts[i]).isObject() ? (ObjectNode) node.get(parts[i])
                    : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }
}
