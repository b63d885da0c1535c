package org.motcua.catalog;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.motcua.catalog.DefinitionFields.at;

/**
 * Turns a procedure definition — the maps and lists read from a YAML file or a JSON request body, in the structure of
 * {@code docs/procedure-format.md} — into a {@link ProcedureDefinition}, checking every rule of the format and every
 * reference (sector, life events, units). All errors are collected, each with the path of its field
 * ({@code name.en}, {@code process[2].workingDays}, {@code form.properties.sex.enum}).
 */
public final class ProcedureDefinitionParser {

    /** Fields that may be listed in {@code unconfirmed}. */
    public static final List<String> CONFIRMABLE = List.of("code", "nationalCode", "timeLimit", "fees", "onlineLevel",
            "competentUnit");

    private static final Set<String> FIELDS = Set.of("code", "nationalCode", "name", "sector", "lifeEvents", "tier",
            "competentUnit", "agencyNote", "onlineLevel", "timeLimit", "fees", "components", "form", "process",
            "result", "legalBasis", "unconfirmed", "sourceNote", "prefill", "feePayment");
    private static final Pattern CODE =
            Pattern.compile("^[0-9]\\.[0-9]{6}\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9]{2}$");
    private static final Pattern NATIONAL_CODE = Pattern.compile("^[0-9]\\.[0-9]{6}$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private final CatalogReferences references;

    public ProcedureDefinitionParser(CatalogReferences references) {
        this.references = references;
    }

    /**
     * @param source the parsed YAML or JSON document (a map); may be null
     * @throws InvalidProcedureDefinitionException with every field error (without a file name)
     */
    public ProcedureDefinition parse(Map<?, ?> source) {
        DefinitionFields f = new DefinitionFields();
        if (source == null || source.isEmpty()) {
            f.problem("(document)", "is empty; a procedure definition is a mapping of fields");
            throw new InvalidProcedureDefinitionException(null, f.problems());
        }
        f.onlyKnownKeys(source, "", FIELDS);
        String code = f.text(source, "code", "", true);
        if (code != null && !CODE.matcher(code).matches()) {
            f.problem("code", "must look like 1.001193.000.00.00.H29 (national code, then .000.00.00.H29)");
        }
        String nationalCode = f.text(source, "nationalCode", "", true);
        if (nationalCode != null && !NATIONAL_CODE.matcher(nationalCode).matches()) {
            f.problem("nationalCode", "must look like 1.001193 (quote it in YAML so trailing zeros are kept)");
        } else if (nationalCode != null && code != null && CODE.matcher(code).matches()
                && !code.startsWith(nationalCode + ".")) {
            f.problem("nationalCode", "must be the beginning of code " + code);
        }
        LocalizedText name = f.localized(source, "name", "", true);
        String sector = f.text(source, "sector", "", true);
        if (sector != null && !references.isSector(sector)) {
            f.problem("sector", "'" + sector + "' is not a sector of catalog/sectors.yaml");
        }
        List<String> lifeEvents = lifeEvents(source, f);
        Tier tier = f.choice(source, "tier", "", Tier.values(), Tier::code, true);
        CompetentUnit competentUnit = competentUnit(source, tier, f);
        String agencyNote = f.text(source, "agencyNote", "", false);
        OnlineLevel onlineLevel = f.choice(source, "onlineLevel", "", OnlineLevel.values(), OnlineLevel::code, true);
        TimeLimit timeLimit = timeLimit(source, f);
        List<Fee> fees = fees(source, f);
        FeePayment feePayment = f.choice(source, "feePayment", "", FeePayment.values(), FeePayment::code, false);
        List<DossierComponent> components = components(source, f);
        FormSchema form = form(source, f);
        checkQuantityFields(fees, form, f);
        List<ProcessStep> process = process(source, timeLimit, f);
        Result result = result(source, f);
        String legalBasis = f.text(source, "legalBasis", "", false);
        List<String> unconfirmed = unconfirmed(source, f);
        String sourceNote = f.text(source, "sourceNote", "", false);
        Map<String, String> prefill = prefill(source, form, components, f);
        if (f.hasProblems()) {
            throw new InvalidProcedureDefinitionException(null, f.problems());
        }
        return new ProcedureDefinition(code, nationalCode, name, sector, lifeEvents, tier, competentUnit, agencyNote,
                onlineLevel, timeLimit, fees, components, form, process, result, legalBasis, unconfirmed, sourceNote,
                prefill, feePayment);
    }

    /** Form fields filled from a registry the procedure reads (see {@link PrefillSources}). */
    private Map<String, String> prefill(Map<?, ?> source, FormSchema form, List<DossierComponent> components,
                                        DefinitionFields f) {
        Object value = source.get("prefill");
        Map<String, String> prefill = new java.util.LinkedHashMap<>();
        if (value == null) {
            return prefill;
        }
        if (!(value instanceof Map<?, ?> map)) {
            f.problem("prefill", "must map form fields to registry values");
            return prefill;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String field = String.valueOf(entry.getKey());
            String path = "prefill." + field;
            String from = entry.getValue() instanceof String text ? text : null;
            var problem = PrefillSources.problem(from);
            if (problem.isPresent()) {
                f.problem(path, problem.get());
                continue;
            }
            if (form != null && !scalarField(form.root(), field)) {
                f.problem(path, "is not a text, number or date field of the form");
                continue;
            }
            String registry = PrefillSources.registryOf(from);
            boolean read = components.stream().anyMatch(c -> c.source() == ComponentSource.REGISTRY
                    && c.registry() != null && c.registry().code().equals(registry));
            if (!read) {
                f.problem(path, "the procedure has no component read from the " + registry + " registry");
                continue;
            }
            prefill.put(field, from);
        }
        return prefill;
    }

    private static boolean scalarField(FormType.ObjectType root, String dotted) {
        FormType type = root;
        for (String part : dotted.split("\\.")) {
            if (!(type instanceof FormType.ObjectType object) || !object.properties().containsKey(part)) {
                return false;
            }
            type = object.properties().get(part);
        }
        return !(type instanceof FormType.ObjectType) && !(type instanceof FormType.ArrayType);
    }

    private List<String> lifeEvents(Map<?, ?> source, DefinitionFields f) {
        List<String> events = new ArrayList<>();
        List<?> list = f.list(source, "lifeEvents", "", false);
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "lifeEvents[" + i + "]";
            if (!(list.get(i) instanceof String slug) || !references.isLifeEvent(slug)) {
                f.problem(path, "'" + list.get(i) + "' is not a life event of catalog/life-events.yaml");
            } else if (events.contains(slug)) {
                f.problem(path, "'" + slug + "' is listed twice");
            } else {
                events.add(slug);
            }
        }
        return events;
    }

    private CompetentUnit competentUnit(Map<?, ?> source, Tier tier, DefinitionFields f) {
        Map<?, ?> unit = f.mapping(source, "competentUnit", "", true);
        if (unit == null) {
            return null;
        }
        f.onlyKnownKeys(unit, "competentUnit", Set.of("unitType", "department"));
        String unitType = f.text(unit, "unitType", "competentUnit", false);
        String department = f.text(unit, "department", "competentUnit", false);
        if ((unitType == null) == (department == null)) {
            f.problem("competentUnit", "must have exactly one of unitType (" + CompetentUnit.WARD_LEVEL
                    + ") and department (the slug of a city-level body)");
            return null;
        }
        if (unitType != null) {
            if (!CompetentUnit.WARD_LEVEL.equals(unitType)) {
                f.problem("competentUnit.unitType", "must be " + CompetentUnit.WARD_LEVEL + ", not '" + unitType + "'");
                return null;
            }
            if (tier == Tier.CITY) {
                f.problem("competentUnit", "a city-tier procedure is decided by a city-level body: use department");
            }
            return CompetentUnit.wardLevel();
        }
        switch (references.unitLevel(department)) {
            case NONE -> f.problem("competentUnit.department", "no unit has the slug '" + department + "'");
            case WARD_LEVEL -> f.problem("competentUnit.department", "'" + department
                    + "' is a ward-level unit; use unitType: " + CompetentUnit.WARD_LEVEL + " for ward procedures");
            case CITY_LEVEL -> {
                if (tier == Tier.WARD) {
                    f.problem("competentUnit", "a ward-tier procedure is decided by the ward-level unit: use unitType: "
                            + CompetentUnit.WARD_LEVEL);
                }
            }
        }
        return CompetentUnit.department(department);
    }

    private TimeLimit timeLimit(Map<?, ?> source, DefinitionFields f) {
        Map<?, ?> limit = f.mapping(source, "timeLimit", "", true);
        if (limit == null) {
            return null;
        }
        f.onlyKnownKeys(limit, "timeLimit", Set.of("workingDays", "verificationWorkingDays", "note"));
        BigDecimal days = f.decimal(limit, "workingDays", "timeLimit", true);
        BigDecimal verification = f.decimal(limit, "verificationWorkingDays", "timeLimit", false);
        if (days != null && verification != null && verification.compareTo(days) < 0) {
            f.problem("timeLimit.verificationWorkingDays", "must not be shorter than workingDays");
        }
        LocalizedText note = f.localized(limit, "note", "timeLimit", false);
        return days == null ? null : new TimeLimit(days, verification, note);
    }

    private List<Fee> fees(Map<?, ?> source, DefinitionFields f) {
        List<Fee> fees = new ArrayList<>();
        List<?> list = f.list(source, "fees", "", false);
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "fees[" + i + "]";
            Map<?, ?> fee = f.element(list.get(i), path);
            if (fee == null) {
                continue;
            }
            f.onlyKnownKeys(fee, path, Set.of("name", "kind", "amountVnd", "unit", "exemptions", "applies",
                    "quantityField", "quantityFrom", "quantityTo", "timesField"));
            LocalizedText name = f.localized(fee, "name", path, true);
            FeeKind kind = f.choice(fee, "kind", path, FeeKind.values(), FeeKind::code, true);
            Long amount = f.wholeNumber(fee, "amountVnd", path);
            LocalizedText unit = f.localized(fee, "unit", path, false);
            FeeApplies applies = f.choice(fee, "applies", path, FeeApplies.values(), FeeApplies::code, false);
            List<LocalizedText> exemptions = new ArrayList<>();
            List<?> exemptionList = f.list(fee, "exemptions", path, false);
            for (int j = 0; exemptionList != null && j < exemptionList.size(); j++) {
                LocalizedText exemption = f.localized(exemptionList.get(j), path + ".exemptions[" + j + "]", true);
                if (exemption != null) {
                    exemptions.add(exemption);
                }
            }
            FeeQuantity quantity = quantity(fee, path, f);
            if (amount != null) {
                fees.add(new Fee(name, kind, amount, unit, exemptions, applies, quantity));
            }
        }
        return fees;
    }

    private static FeeQuantity quantity(Map<?, ?> fee, String path, DefinitionFields f) {
        String field = f.text(fee, "quantityField", path, false);
        String times = f.text(fee, "timesField", path, false);
        Long from = f.present(fee, "quantityFrom") ? f.wholeNumber(fee, "quantityFrom", path) : Long.valueOf(1);
        Long to = f.present(fee, "quantityTo") ? f.wholeNumber(fee, "quantityTo", path) : null;
        if (field == null) {
            if (times != null || f.present(fee, "quantityFrom") || to != null) {
                f.problem(path + ".quantityField", "is required with quantityFrom, quantityTo or timesField");
            }
            return null;
        }
        if (from != null && from < 1) {
            f.problem(path + ".quantityFrom", "must be at least 1");
            return null;
        }
        if (from == null || (to != null && to < from)) {
            if (to != null) {
                f.problem(path + ".quantityTo", "must not be less than quantityFrom");
            }
            return null;
        }
        return new FeeQuantity(field, from.intValue(), to == null ? null : to.intValue(), times);
    }

    /** Each field a fee line's quantity is read from must be a top-level integer field of the form. */
    private static void checkQuantityFields(List<Fee> fees, FormSchema form, DefinitionFields f) {
        for (int i = 0; i < fees.size(); i++) {
            FeeQuantity q = fees.get(i).quantity();
            if (q == null || form == null) {
                continue;
            }
            for (String field : java.util.Arrays.asList(q.field(), q.timesField())) {
                if (field != null && !"integer".equals(form.json().path("properties").path(field).path("type")
                        .asString(""))) {
                    f.problem("fees[" + i + "]." + (field.equals(q.field()) ? "quantityField" : "timesField"),
                            "'" + field + "' is not an integer field of the form");
                }
            }
        }
    }

    private List<DossierComponent> components(Map<?, ?> source, DefinitionFields f) {
        List<DossierComponent> components = new ArrayList<>();
        List<?> list = f.list(source, "components", "", true);
        if (list != null && list.isEmpty()) {
            f.problem("components", "must list at least one component");
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "components[" + i + "]";
            Map<?, ?> component = f.element(list.get(i), path);
            if (component == null) {
                continue;
            }
            f.onlyKnownKeys(component, path, Set.of("id", "name", "source", "registry", "required"));
            String id = id(component, path, ids, "components", f);
            LocalizedText name = f.localized(component, "name", path, true);
            ComponentSource from = f.choice(component, "source", path, ComponentSource.values(),
                    ComponentSource::code, true);
            Registry registry = f.choice(component, "registry", path, Registry.values(), Registry::code, false);
            if (from == ComponentSource.REGISTRY && !f.present(component, "registry")) {
                f.problem(at(path, "registry"), "is required when source is registry ("
                        + DefinitionFields.oneOf(codes(Registry.values(), Registry::code)) + ")");
            } else if (from == ComponentSource.UPLOAD && f.present(component, "registry")) {
                f.problem(at(path, "registry"), "is only for source registry");
            }
            Boolean required = f.bool(component, "required", path);
            components.add(new DossierComponent(id, name, from, registry, Boolean.TRUE.equals(required)));
        }
        return components;
    }

    private FormSchema form(Map<?, ?> source, DefinitionFields f) {
        Object form = source.get("form");
        if (form == null) {
            f.problem("form", "is required: a JSON Schema of type object");
            return null;
        }
        JsonNode json;
        try {
            json = JsonMapper.shared().valueToTree(form);
        } catch (RuntimeException e) {
            f.problem("form", "cannot be read as JSON");
            return null;
        }
        return FormSchema.read(json, "form", f.problems(), true);
    }

    private List<ProcessStep> process(Map<?, ?> source, TimeLimit timeLimit, DefinitionFields f) {
        List<ProcessStep> steps = new ArrayList<>();
        List<?> list = f.list(source, "process", "", true);
        if (list != null && list.isEmpty()) {
            f.problem("process", "must have at least one step");
        }
        Map<String, Integer> ids = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean allDays = true;
        for (int i = 0; list != null && i < list.size(); i++) {
            String path = "process[" + i + "]";
            Map<?, ?> step = f.element(list.get(i), path);
            if (step == null) {
                allDays = false;
                continue;
            }
            f.onlyKnownKeys(step, path, Set.of("id", "name", "role", "unit", "workingDays"));
            String id = id(step, path, ids, "process", f);
            LocalizedText name = f.localized(step, "name", path, true);
            StepRole role = f.choice(step, "role", path, StepRole.values(), StepRole::code, true);
            String unit = f.text(step, "unit", path, true);
            if (unit != null && !ProcessStep.RECEIVING.equals(unit) && !ProcessStep.COMPETENT.equals(unit)
                    && references.unitLevel(unit) != CatalogReferences.UnitLevel.CITY_LEVEL) {
                f.problem(at(path, "unit"), "must be receiving, competent or the slug of a city-level body; '"
                        + unit + "' is none of these");
            }
            BigDecimal days = f.decimal(step, "workingDays", path, true);
            if (days == null) {
                allDays = false;
            } else {
                total = total.add(days);
            }
            steps.add(new ProcessStep(id, name, role, unit, days));
        }
        if (allDays && timeLimit != null && total.compareTo(timeLimit.workingDays()) > 0) {
            f.problem("process", "the steps take " + total.toPlainString() + " working days in total, more than the "
                    + "time limit of " + timeLimit.workingDays().toPlainString());
        }
        return steps;
    }

    private Result result(Map<?, ?> source, DefinitionFields f) {
        Map<?, ?> result = f.mapping(source, "result", "", true);
        if (result == null) {
            return null;
        }
        f.onlyKnownKeys(result, "result", Set.of("type", "name"));
        ResultType type = f.choice(result, "type", "result", ResultType.values(), ResultType::code, true);
        LocalizedText name = f.localized(result, "name", "result", true);
        return new Result(type, name);
    }

    private List<String> unconfirmed(Map<?, ?> source, DefinitionFields f) {
        Set<String> fields = new LinkedHashSet<>();
        List<?> list = f.list(source, "unconfirmed", "", false);
        for (int i = 0; list != null && i < list.size(); i++) {
            Object field = list.get(i);
            if (!(field instanceof String name) || !CONFIRMABLE.contains(name)) {
                f.problem("unconfirmed[" + i + "]", "must be " + DefinitionFields.oneOf(CONFIRMABLE) + ", not '"
                        + field + "'");
            } else if (!fields.add(name)) {
                f.problem("unconfirmed[" + i + "]", "'" + name + "' is listed twice");
            }
        }
        return List.copyOf(fields);
    }

    private static String id(Map<?, ?> map, String path, Map<String, Integer> seen, String list, DefinitionFields f) {
        String id = f.text(map, "id", path, true);
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            f.problem(at(path, "id"), "must be kebab-case (lower-case letters, digits and hyphens)");
        }
        int index = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']')));
        Integer first = seen.putIfAbsent(id, index);
        if (first != null) {
            f.problem(at(path, "id"), "'" + id + "' is already the id of " + list + "[" + first + "]");
        }
        return id;
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }
}
