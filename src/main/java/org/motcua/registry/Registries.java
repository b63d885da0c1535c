package org.motcua.registry;

import org.motcua.problem.ProblemException;
import org.motcua.registry.internal.BusinessPort;
import org.motcua.registry.internal.CivilStatusPort;
import org.motcua.registry.internal.PopulationPort;
import org.motcua.registry.internal.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The registry gateway: reads a person, their civil-status records or a business, and logs every read — found, not
 * found or unavailable — with who read, whose data, which fields, why and when. The log entry is committed in its own
 * transaction, so it stays even when the caller's transaction rolls back.
 * <p>
 * A missing record or a registry that does not answer within {@code motcua.registry.timeout} is an outcome
 * ({@link RegistryRead.NotFound}, {@link RegistryRead.Unavailable}), never an exception: the caller continues with
 * manual entry and uploads. Only invalid input is refused, with {@code invalid-parameter} (and is not logged: no
 * registry was read).
 */
@Service
public class Registries {

    static final String POPULATION = "population";
    static final String CIVIL_STATUS = "civil_status";
    static final String BUSINESS = "business";

    private static final Logger log = LoggerFactory.getLogger(Registries.class);
    private static final Pattern PERSONAL_ID = Pattern.compile("^[0-9]{12}$");
    private static final Pattern TAX_CODE = Pattern.compile("^[0-9]{10}(-[0-9]{3})?$");
    private static final Set<String> READER_KINDS = Set.of(ReadContext.CITIZEN, ReadContext.STAFF, ReadContext.SYSTEM);
    private static final List<String> PERSON_FIELDS = fieldsOf(PersonRecord.class);
    private static final List<String> CIVIL_STATUS_FIELDS = fieldsOf(CivilStatusRecord.class);
    private static final List<String> BUSINESS_FIELDS = fieldsOf(BusinessRecord.class);

    private final PopulationPort population;
    private final CivilStatusPort civilStatus;
    private final BusinessPort business;
    private final AccessLogWriter accessLog;
    private final Clock clock;

    Registries(PopulationPort population, CivilStatusPort civilStatus, BusinessPort business, AccessLogWriter accessLog,
               Optional<Clock> clock) {
        this.population = population;
        this.civilStatus = civilStatus;
        this.business = business;
        this.accessLog = accessLog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The person with this 12-digit personal ID number, from the population registry. */
    public RegistryRead<PersonRecord> person(String personalId, ReadContext context) {
        requirePersonalId(personalId);
        List<String> fields = fields(context, PERSON_FIELDS);
        return read(POPULATION, population.source(), personalId, context, fields,
                () -> population.person(personalId, context),
                "The population registry has no person with personal ID number " + personalId + ". Check the number, "
                        + "or enter the details by hand and upload a copy of the ID card.",
                "The population registry is not answering right now. Continue by entering the details by hand and "
                        + "uploading a copy of the ID card; nothing you entered is lost.");
    }

    /** The person's birth, marriage and death records, oldest first; not found when there are none. */
    public RegistryRead<List<CivilStatusRecord>> civilStatus(String personalId, ReadContext context) {
        requirePersonalId(personalId);
        List<String> fields = fields(context, CIVIL_STATUS_FIELDS);
        return read(CIVIL_STATUS, civilStatus.source(), personalId, context, fields, () -> {
                    List<CivilStatusRecord> records = civilStatus.records(personalId, context);
                    return records.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(records));
                },
                "The civil-status registry has no birth, marriage or death record for personal ID number " + personalId
                        + ". Enter the details by hand and upload copies of the certificates.",
                "The civil-status registry is not answering right now. Continue by entering the details by hand and "
                        + "uploading copies of the certificates; nothing you entered is lost.");
    }

    /** The enterprise, branch or household business with this tax code, from the business registry. */
    public RegistryRead<BusinessRecord> business(String taxCode, ReadContext context) {
        if (taxCode == null || !TAX_CODE.matcher(taxCode).matches()) {
            throw ProblemException.invalidParameter("taxCode",
                    "must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch (0301234567-001)");
        }
        List<String> fields = fields(context, BUSINESS_FIELDS);
        return read(BUSINESS, business.source(), taxCode, context, fields, () -> business.business(taxCode, context),
                "The business registry has no enterprise or household business with tax code " + taxCode
                        + ". Check the code, or enter the details by hand and upload the registration certificate.",
                "The business registry is not answering right now. Continue by entering the details by hand and "
                        + "uploading the registration certificate; nothing you entered is lost.");
    }

    private <T> RegistryRead<T> read(String registry, String source, String subject, ReadContext context,
                                     List<String> fields, Supplier<Optional<T>> call, String notFound,
                                     String unavailable) {
        long started = System.nanoTime();
        RegistryRead<T> read;
        String outcome;
        try {
            Optional<T> value = call.get();
            if (value.isPresent()) {
                read = new RegistryRead.Found<>(value.get(), source, clock.instant());
                outcome = AccessLogWriter.FOUND;
            } else {
                read = new RegistryRead.NotFound<>(notFound);
                outcome = AccessLogWriter.NOT_FOUND;
            }
        } catch (RegistryUnavailableException e) {
            log.warn("Registry {} unavailable reading {} for {}: {}", registry, mask(subject), context.purpose(),
                    e.getMessage(), e.getCause());
            read = new RegistryRead.Unavailable<>(unavailable);
            outcome = AccessLogWriter.UNAVAILABLE;
        } catch (RuntimeException e) {
            log.error("Registry {} failed unexpectedly reading {} for {}", registry, mask(subject), context.purpose(),
                    e);
            read = new RegistryRead.Unavailable<>(unavailable);
            outcome = AccessLogWriter.UNAVAILABLE;
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        Instant at = read instanceof RegistryRead.Found<T> found ? found.readAt() : clock.instant();
        accessLog.append(new AccessLogWriter.Row(at, context.readerId(), context.readerKind(), subject, registry,
                fields, context.purpose(), outcome, source, millis));
        return read;
    }

    private static void requirePersonalId(String personalId) {
        if (personalId == null || !PERSONAL_ID.matcher(personalId).matches()) {
            throw ProblemException.invalidParameter("personalId", "must be the 12-digit personal ID number");
        }
    }

    private static List<String> fields(ReadContext context, List<String> known) {
        if (context == null) {
            throw new IllegalArgumentException("A registry read needs a ReadContext");
        }
        if (context.readerId() == null || context.readerId().isBlank()) {
            throw ProblemException.invalidParameter("readerId", "is required: who reads the data");
        }
        if (!READER_KINDS.contains(context.readerKind())) {
            throw ProblemException.invalidParameter("readerKind", "must be one of citizen, staff, system");
        }
        if (context.purpose() == null || context.purpose().isBlank()) {
            throw ProblemException.invalidParameter("purpose",
                    "is required: the dossier code or another reason for reading the registry");
        }
        if (context.purpose().length() > 200) {
            throw ProblemException.invalidParameter("purpose", "must be at most 200 characters");
        }
        List<String> unknown = context.fields().stream().filter(f -> !known.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidParameter("fields", "unknown field(s) " + unknown + "; known: " + known);
        }
        return context.fields().isEmpty() ? known : context.fields().stream().distinct().toList();
    }

    private static List<String> fieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toUnmodifiableList());
    }

    /** Personal data stays out of the log file: {@code 079*******34}. */
    static String mask(String id) {
        return id.length() <= 5 ? "***" : id.substring(0, 3) + "*".repeat(id.length() - 5) + id.substring(id.length() - 2);
    }
}
