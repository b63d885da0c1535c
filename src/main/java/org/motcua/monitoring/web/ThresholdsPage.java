package org.motcua.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import org.motcua.identity.Caller;
import org.motcua.monitoring.Criterion;
import org.motcua.monitoring.GreenThresholds;
import org.motcua.monitoring.GreenUnits;
import org.motcua.monitoring.MonitoringAccess;
import org.motcua.monitoring.SvgCharts;
import org.motcua.problem.ErrorCode;
import org.motcua.problem.FieldProblem;
import org.motcua.problem.ProblemException;
import org.motcua.web.FormErrors;
import org.motcua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The city administrator's green thresholds: the version in force, and a form that saves a new version through the
 * module ({@link GreenUnits#set}, versioned and audited). Rates are typed as percentages; a blank line sets nothing.
 */
@PageController
class ThresholdsPage {

    /** What a criterion can be set on, in the form's order. */
    static final List<String> KEYS = Stream.concat(Stream.of("index", "index.disclosure", "index.progress",
            "index.online", "index.digitisation", "index.satisfaction", "index.onlinePayment"),
            ServiceKeys.INDICATORS.stream()).toList();
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final GreenUnits green;
    private final MonitoringAccess access;
    private final MonitoringCallers callers;

    ThresholdsPage(GreenUnits green, MonitoringAccess access, MonitoringCallers callers) {
        this.green = green;
        this.access = access;
        this.callers = callers;
    }

    @GetMapping("/staff/dashboard/thresholds")
    String show(@RequestParam(required = false) Integer saved, Authentication who, Model model) {
        Caller caller = admin(who);
        Optional<GreenThresholds> current = current();
        List<ThresholdRow> rows = new ArrayList<>();
        for (String key : KEYS) {
            Optional<Criterion> c = current.flatMap(t -> t.criteria().stream()
                    .filter(x -> x.indicator().equals(key)).findFirst());
            rows.add(row(key, c.map(x -> typed(key, x.min())).orElse(""), c.map(x -> typed(key, x.max())).orElse("")));
        }
        return render(model, current, rows, "", FormErrors.none(), saved);
    }

    @PostMapping("/staff/dashboard/thresholds")
    String save(@RequestParam Map<String, String> form, Authentication who, Model model,
                HttpServletResponse response) {
        Caller caller = admin(who);
        FormErrors errors = FormErrors.none();
        List<ThresholdRow> rows = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        List<String> criterionIds = new ArrayList<>();
        for (String key : KEYS) {
            ThresholdRow row = row(key, form.getOrDefault("min-" + id(key), "").strip(),
                    form.getOrDefault("max-" + id(key), "").strip());
            rows.add(row);
            Double min = number(row.min(), row.rate(), "min-" + row.id(), errors);
            Double max = number(row.max(), row.rate(), "max-" + row.id(), errors);
            if (min != null || max != null) {
                criteria.add(new Criterion(key, min, max));
                criterionIds.add(row.id());
            }
        }
        String reason = form.getOrDefault("reason", "").strip();
        if (!errors.any()) {
            if (criteria.isEmpty()) {
                errors.add("min-" + rows.get(0).id(), "monitoring.dashboard.thresholds.none");
            } else {
                try {
                    GreenThresholds t = green.set(criteria, reason.isEmpty() ? null : reason, caller);
                    return "redirect:/staff/dashboard/thresholds?saved=" + t.version();
                } catch (ProblemException e) {
                    if (e.code() != ErrorCode.INVALID_PARAMETER) {
                        throw e;
                    }
                    explain(e.errors(), criterionIds, errors);
                }
            }
        }
        response.setStatus(400);
        return render(model, current(), rows, reason, errors, null);
    }

    /** The module's problems, field {@code criteria[i]}, shown on the line of the i-th criterion. */
    private static void explain(List<FieldProblem> problems, List<String> ids, FormErrors errors) {
        for (FieldProblem f : problems) {
            String field = f.field();
            int i = field.startsWith("criteria[") ? Integer.parseInt(field.substring(9, field.indexOf(']'))) : 0;
            String id = "min-" + ids.get(Math.min(i, ids.size() - 1));
            String message = f.message();
            errors.add(id, message.startsWith("min is greater") ? "monitoring.dashboard.thresholds.minAboveMax"
                    : message.startsWith("thresholds are not negative") ? "monitoring.dashboard.thresholds.negative"
                    : message.startsWith("a rate is between") ? "monitoring.dashboard.thresholds.rateRange"
                    : "monitoring.dashboard.thresholds.invalid");
        }
    }

    private String render(Model model, Optional<GreenThresholds> current, List<ThresholdRow> rows, String reason,
                          FormErrors errors, Integer saved) {
        model.addAttribute("version", current.map(GreenThresholds::version).orElse(0));
        model.addAttribute("setBy", current.map(GreenThresholds::setBy).orElse(""));
        model.addAttribute("setAt", current.map(t -> AT.format(t.setAt())).orElse(""));
        model.addAttribute("rows", rows);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return "monitoring/thresholds";
    }

    private Caller admin(Authentication who) {
        Caller caller = callers.of(who);
        if (!access.isCityAdmin(caller)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return caller;
    }

    private Optional<GreenThresholds> current() {
        try {
            return Optional.of(green.current());
        } catch (ProblemException e) {
            if (e.code() == ErrorCode.GREEN_THRESHOLDS_NOT_SET) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static ThresholdRow row(String key, String min, String max) {
        return new ThresholdRow(key, DashboardFigures.labelKey(key), id(key), DashboardFigures.isRate(key), min, max);
    }

    private static String id(String key) {
        return key.replace('.', '-');
    }

    /** A stored threshold as typed in the form: a rate as a percentage. */
    private static String typed(String key, Double v) {
        if (v == null) {
            return "";
        }
        return SvgCharts.number(DashboardFigures.isRate(key) ? v * 100 : v);
    }

    /** The typed number (a comma as the decimal mark is fine), a rate back to 0–1; null when blank or not a number. */
    private static Double number(String text, boolean rate, String field, FormErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.replace(',', '.').replace("%", "").strip();
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException(t);
            }
            return rate ? v / 100 : v;
        } catch (NumberFormatException e) {
            errors.add(field, "monitoring.dashboard.thresholds.notNumber");
            return null;
        }
    }
}
