package org.motcua.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.motcua.monitoring.Measure.DIGITISED;
import static org.motcua.monitoring.Measure.FEE_OWING;
import static org.motcua.monitoring.Measure.FINISHED_LATE;
import static org.motcua.monitoring.Measure.FINISHED_ON_TIME;
import static org.motcua.monitoring.Measure.IN_PROGRESS_ON_TIME;
import static org.motcua.monitoring.Measure.IN_PROGRESS_OVERDUE;
import static org.motcua.monitoring.Measure.ONLINE;
import static org.motcua.monitoring.Measure.PAID_ONLINE;
import static org.motcua.monitoring.Measure.RECEIVED;
import static org.motcua.monitoring.Measure.RESULT_DIGITISED;
import static org.motcua.monitoring.Measure.REUSED;
import static org.motcua.monitoring.Measure.SUPPLEMENTED;
import static org.motcua.monitoring.Measure.WITHDRAWN;

/**
 * The indicators and the service-quality index computed from the counts of a unit (or the city) over a period and
 * the catalogue profiles of the procedures it handled. The formulas are in {@code docs/service-quality-index.md}.
 */
public final class ServiceQualityIndex {

    public static final String FEEDBACK_MISSING = "no data yet: the feedback module (issue 7) does not report to "
            + "monitoring yet";

    private ServiceQualityIndex() {
    }

    /** The indicators, each with the counts behind it. */
    public static List<Indicator> indicators(Counts c, Optional<FeedbackFigures.Figures> feedback) {
        long decided = c.finished() + c.inProgress();
        List<Indicator> list = new ArrayList<>();
        list.add(Indicator.count("received", c.get(RECEIVED), "dossiers received"));
        list.add(Indicator.count("finishedOnTime", c.get(FINISHED_ON_TIME), "finished on time"));
        list.add(Indicator.count("finishedLate", c.get(FINISHED_LATE), "finished late"));
        list.add(Indicator.count("inProgressOnTime", c.get(IN_PROGRESS_ON_TIME), "in progress, on time"));
        list.add(Indicator.count("inProgressOverdue", c.get(IN_PROGRESS_OVERDUE), "in progress, overdue"));
        list.add(Indicator.count("withdrawn", c.get(WITHDRAWN), "withdrawn"));
        list.add(Indicator.rate("onTimeRate", c.get(FINISHED_ON_TIME) + c.get(IN_PROGRESS_ON_TIME), decided,
                "on time (finished or in progress)", "finished or in progress"));
        list.add(Indicator.rate("onlineShare", c.get(ONLINE), c.get(RECEIVED), "submitted online", "received"));
        list.add(Indicator.rate("paidOnlineShare", c.get(PAID_ONLINE), c.get(FEE_OWING), "paid online",
                "owing a fee"));
        list.add(Indicator.rate("digitisedShare", c.get(DIGITISED), c.get(RECEIVED), "digitised", "received"));
        list.add(Indicator.rate("resultDigitisedShare", c.get(RESULT_DIGITISED), c.get(FINISHED_ON_TIME)
                + c.get(FINISHED_LATE), "with an electronic result", "finished"));
        list.add(Indicator.rate("registryReuseShare", c.get(REUSED), c.get(RECEIVED), "reusing registry data",
                "received"));
        list.add(Indicator.rate("supplementRate", c.get(SUPPLEMENTED), c.get(RECEIVED),
                "asked for a supplement", "received"));
        list.add(Indicator.rate("lateRate", c.get(FINISHED_LATE) + c.get(IN_PROGRESS_OVERDUE), decided,
                "late or overdue", "finished or in progress"));
        if (feedback.isPresent()) {
            FeedbackFigures.Figures f = feedback.get();
            list.add(Indicator.rate("complaintRate", f.complaints(), c.get(RECEIVED), "complaints", "received"));
            list.add(Indicator.rate("feedbackHandledOnTime", f.answeredOnTime(), f.received(), "answered on time",
                    "feedback due in the period"));
        } else {
            list.add(Indicator.notAvailable("complaintRate", FEEDBACK_MISSING));
            list.add(Indicator.notAvailable("feedbackHandledOnTime", FEEDBACK_MISSING));
        }
        return List.copyOf(list);
    }

    /** The six groups and the total. */
    public static QualityIndex index(List<Indicator> ind, List<ProcedureProfile> handled) {
        List<GroupScore> groups = new ArrayList<>();
        int n = handled.size();
        long disclosed = handled.stream().filter(ProcedureProfile::disclosedCorrectly).count();
        long offered = handled.stream().filter(ProcedureProfile::offeredOnline).count();
        long charging = handled.stream().filter(ProcedureProfile::chargesFee).count();
        long payable = handled.stream().filter(ProcedureProfile::onlinePayment).count();

        Indicator disclosure = Indicator.rate("disclosedProcedures", disclosed, n, "procedures disclosed correctly",
                "procedures handled");
        groups.add(simple("disclosure", 18, disclosure, null));

        Indicator onTime = find(ind, "onTimeRate");
        groups.add(simple("progress", 20, onTime, null));

        Indicator offeredShare = Indicator.rate("proceduresOnline", offered, n, "procedures offered online",
                "procedures handled");
        Indicator online = find(ind, "onlineShare");
        groups.add(twoHalves("online", 12, offeredShare, online, 0.5));

        Indicator dig = find(ind, "digitisedShare");
        Indicator res = find(ind, "resultDigitisedShare");
        Indicator reuse = find(ind, "registryReuseShare");
        groups.add(digitisation(dig, res, reuse));

        groups.add(satisfaction(find(ind, "lateRate"), find(ind, "complaintRate"),
                find(ind, "feedbackHandledOnTime")));

        Indicator payableShare = Indicator.rate("proceduresPayableOnline", payable, charging,
                "fee-charging procedures payable online", "fee-charging procedures handled");
        groups.add(twoHalves("onlinePayment", 10, payableShare, find(ind, "paidOnlineShare"), 1.0));

        int measuredMax = 0;
        double measured = 0;
        StringBuilder parts = new StringBuilder();
        for (GroupScore g : groups) {
            if (g.score() != null) {
                measuredMax += g.max();
                measured += g.score();
                parts.append(parts.length() == 0 ? "" : " + ").append(fmt(g.score()));
            }
        }
        Double total = measuredMax == 0 ? null : Indicator.round(measured * 100 / measuredMax, 2);
        String how = measuredMax == 0 ? "no group could be measured"
                : "(" + parts + ") × 100 ÷ " + measuredMax + " points measurable";
        return new QualityIndex(List.copyOf(groups), total, measuredMax, Indicator.round(measured, 2), how);
    }

    private static GroupScore simple(String key, int max, Indicator rate, String note) {
        if (!rate.hasValue()) {
            return new GroupScore(key, max, null, "no data: " + rate.computedAs(), List.of(rate), note);
        }
        double score = Indicator.round(max * rate.value(), 2);
        return new GroupScore(key, max, score, max + " × " + rate.computedAs(), List.of(rate), note);
    }

    /** Half the points for the catalogue share, half for the dossier share (full marks at {@code fullAt}). */
    private static GroupScore twoHalves(String key, int max, Indicator procedures, Indicator dossiers,
                                        double fullAt) {
        if (!procedures.hasValue() && !dossiers.hasValue()) {
            return new GroupScore(key, max, null, "no data", List.of(procedures, dossiers), null);
        }
        double p = procedures.hasValue() ? procedures.value() : 0;
        double d = dossiers.hasValue() ? Math.min(1, dossiers.value() / fullAt) : 0;
        double score = Indicator.round(max * (p + d) / 2, 2);
        String how = max + " × (" + fmt(p) + " [" + procedures.computedAs() + "] + min(1, " + fmt(dossiers.hasValue()
                ? dossiers.value() : 0) + " ÷ " + fmt(fullAt) + ") [" + dossiers.computedAs() + "]) ÷ 2";
        return new GroupScore(key, max, score, how, List.of(procedures, dossiers), null);
    }

    private static GroupScore digitisation(Indicator dig, Indicator res, Indicator reuse) {
        List<Indicator> measured = new ArrayList<>();
        for (Indicator i : List.of(dig, res, reuse)) {
            if (i.hasValue()) {
                measured.add(i);
            }
        }
        if (measured.isEmpty()) {
            return new GroupScore("digitisation", 22, null, "no data", List.of(dig, res, reuse), null);
        }
        double avg = measured.stream().mapToDouble(Indicator::value).average().orElse(0);
        double score = Indicator.round(22 * Math.min(1, avg / 0.8), 2);
        return new GroupScore("digitisation", 22, score, "22 × min(1, average(" + measured.stream()
                .map(i -> fmt(i.value())).reduce((a, b) -> a + ", " + b).orElse("") + ") ÷ 0.8)",
                List.of(dig, res, reuse), null);
    }

    private static GroupScore satisfaction(Indicator late, Indicator complaints, Indicator feedbackOnTime) {
        List<Indicator> inputs = List.of(late, complaints, feedbackOnTime);
        String note = complaints.hasValue() ? null
                : "complaint rate and feedback handled on time not counted: " + FEEDBACK_MISSING;
        if (!late.hasValue()) {
            return new GroupScore("satisfaction", 18, null, "no data: " + late.computedAs(), inputs, note);
        }
        double complaintRate = complaints.hasValue() ? complaints.value() : 0;
        double satisfied = Math.max(0, 1 - late.value() - complaintRate);
        double score = 18 * Math.min(1, satisfied / 0.9);
        String how = "18 × min(1, (1 − " + fmt(late.value()) + " late"
                + (complaints.hasValue() ? " − " + fmt(complaintRate) + " complaints" : "") + ") ÷ 0.9)";
        if (feedbackOnTime.hasValue()) {
            score = score * (0.5 + 0.5 * feedbackOnTime.value());
            how = how + " × (0.5 + 0.5 × " + fmt(feedbackOnTime.value()) + " feedback on time)";
        }
        return new GroupScore("satisfaction", 18, Indicator.round(score, 2), how, inputs, note);
    }

    private static Indicator find(List<Indicator> list, String key) {
        return list.stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    static String fmt(double v) {
        return java.math.BigDecimal.valueOf(Indicator.round(v, 4)).stripTrailingZeros().toPlainString();
    }
}
