package org.motcua.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dossiers and their process-control slips (tables {@code dossier}, {@code dossier_history}). */
@Repository
class Dossiers {

    private static final TypeReference<List<ProcessStep>> STEPS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<DossierFee>> FEES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Dossiers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Dossier> find(String code) {
        return jdbc.sql("select * from dossier where code = :code").param("code", code)
                .query((rs, n) -> new Dossier(read(rs))).optional();
    }

    /** What the public look-up shows of a dossier; see {@link #publicRow}. */
    record PublicRow(String code, DossierStatus status, String procedureCode, int procedureVersion,
                     String procedureNameVi, String procedureNameEn, String receivingUnit, String competentUnit,
                     Instant submittedAt, Instant receivedAt, Instant appointmentAt, int currentStep, int totalSteps,
                     String currentStepName, Instant endedAt, Boolean onTime) {
    }

    /**
     * The columns of the public look-up only: the anonymous, most frequent read does not need the applicant's data
     * and form, nor every step parsed.
     */
    Optional<PublicRow> publicRow(String code) {
        return jdbc.sql("""
                        select code, status, procedure_code, procedure_version, procedure_name_vi, procedure_name_en,
                               receiving_unit, competent_unit, submitted_at, received_at, appointment_at,
                               current_step, jsonb_array_length(steps) as total_steps,
                               case when current_step >= 0 then steps -> current_step ->> 'nameVi' end as step_name,
                               ended_at, on_time
                        from dossier where code = :code""")
                .param("code", code)
                .query((rs, n) -> new PublicRow(rs.getString("code"),
                        DossierStatus.fromCode(rs.getInt("status")).orElseThrow(), rs.getString("procedure_code"),
                        rs.getInt("procedure_version"), rs.getString("procedure_name_vi"),
                        rs.getString("procedure_name_en"), rs.getString("receiving_unit"),
                        rs.getString("competent_unit"), instant(rs, "submitted_at"), instant(rs, "received_at"),
                        instant(rs, "appointment_at"), rs.getInt("current_step"), rs.getInt("total_steps"),
                        rs.getString("step_name"), instant(rs, "ended_at"), rs.getObject("on_time", Boolean.class)))
                .optional();
    }

    /**
     * The applicant and names of a dossier only: notices are written for most dossier events, and the whole row
     * (form, registry data, steps) would be read and parsed for five columns.
     */
    Optional<DossierContact> contact(String code) {
        return jdbc.sql("""
                        select code, procedure_code, procedure_name_vi, procedure_name_en, applicant_personal_id,
                               applicant_tax_code, applicant_name, applicant_birth_date, applicant_phone,
                               applicant_email, applicant_address, receiving_unit, appointment_at
                        from dossier where code = :code""")
                .param("code", code)
                .query((rs, n) -> new DossierContact(rs.getString("code"), rs.getString("procedure_code"),
                        rs.getString("procedure_name_vi"), rs.getString("procedure_name_en"),
                        new Applicant(rs.getString("applicant_personal_id"), rs.getString("applicant_tax_code"),
                                rs.getString("applicant_name"), rs.getObject("applicant_birth_date", LocalDate.class),
                                rs.getString("applicant_phone"), rs.getString("applicant_email"),
                                rs.getString("applicant_address")),
                        rs.getString("receiving_unit"), instant(rs, "appointment_at")))
                .optional();
    }

    /** Locks the row, for the overdue scan: other nodes skip it instead of waiting. */
    List<Dossier> claimOverdue(Instant now, int limit) {
        return jdbc.sql("""
                        select * from dossier
                        where current_step_due_at < :now and overdue_marked_step < current_step_seq
                          and status in (2, 4)
                        order by current_step_due_at limit :limit
                        for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Dossier(read(rs))).list();
    }

    /**
     * Inserts a new dossier with its whole state and its first slip lines: the row is written once (not inserted,
     * then updated and read back) and the slip lines in one statement. Returns the slip lines as stored, so the caller
     * can answer without reading the dossier again; the state's form and registry data become the stored ones too
     * (jsonb normalises key order and numbers).
     */
    List<HistoryEntry> insert(Dossier dossier) {
        DossierState s = dossier.state();
        List<HistoryEntry> history = dossier.newHistory();
        record Inserted(long id, String form, String registryData) { }
        Inserted row = jdbc.sql("""
                        insert into dossier (code, version, procedure_code, procedure_version, procedure_name_vi,
                            procedure_name_en, channel, receiving_unit, competent_unit, processing_unit,
                            applicant_personal_id, applicant_tax_code, applicant_name, applicant_birth_date,
                            applicant_phone, applicant_email, applicant_address, form, time_limit_working_days, steps,
                            submitted_at, submitted_by, verification_working_days, registry_status, registry_data,
                            reused_fields, registry_components, consent_id, fee_at_submission,
                            status, status_before_pause, current_step, current_step_seq, overdue_marked_step,
                            current_step_started_at, current_step_due_at, received_at, appointment_at,
                            original_appointment_at, legal_due_at, paused_at, paused_working_seconds,
                            supplement_requests, apologized, finished_at, extended_for_verification, fee_paid_online,
                            fee_paid_channel, fee_paid_at, fee_lines, fees_due_vnd, returned_at, ended_at, on_time,
                            result_files, result_generated, last_action_at, history_count, waiting_unit, waiting_role,
                            waiting_due_at)
                        values (:code, 1, :procedureCode, :procedureVersion, :nameVi, :nameEn, :channel, :receiving,
                            :competent, :processing, :personalId, :taxCode, :name, :birth, :phone, :email, :address,
                            cast(:form as jsonb), :timeLimit, cast(:steps as jsonb), :submittedAt, :submittedBy,
                            :verificationDays, :registryStatus, cast(:registryData as jsonb),
                            cast(:reusedFields as jsonb), cast(:registryComponents as jsonb), :consentId,
                            :feeAtSubmission,
                            :status, :before, :step, :stepSeq, :overdueMarked, :stepStarted, :stepDue, :received,
                            :appointment, :originalAppointment, :legalDue, :paused, :pausedSeconds, :supplements,
                            :apologized, :finished, :extended, :feePaidOnline, :feePaidChannel, :feePaidAt,
                            cast(:feeLines as jsonb), :feesDue, :returned, :ended, :onTime, cast(:resultFiles as jsonb),
                            :resultGenerated, :lastAction, :newHistory, :waitingUnit, :waitingRole, :waitingDue)
                        returning id, form::text, registry_data::text""")
                .params(changingColumns(dossier))
                .param("code", s.code).param("procedureCode", s.procedureCode)
                .param("procedureVersion", s.procedureVersion).param("nameVi", s.procedureNameVi)
                .param("nameEn", s.procedureNameEn).param("channel", s.channel.name())
                .param("receiving", s.receivingUnit)
                .param("personalId", s.applicant.personalId()).param("taxCode", s.applicant.taxCode())
                .param("name", s.applicant.fullName()).param("birth", s.applicant.dateOfBirth())
                .param("phone", s.applicant.phone()).param("email", s.applicant.email())
                .param("address", s.applicant.address())
                .param("form", json.writeValueAsString(s.form))
                .param("timeLimit", s.timeLimitWorkingDays).param("steps", json.writeValueAsString(s.steps))
                .param("submittedAt", ts(s.submittedAt)).param("submittedBy", s.submittedBy)
                .param("verificationDays", s.verificationWorkingDays)
                .param("registryStatus", s.registryStatus)
                .param("registryData", s.registryData == null ? "{}" : json.writeValueAsString(s.registryData))
                .param("reusedFields", json.writeValueAsString(s.reusedFields))
                .param("registryComponents", json.writeValueAsString(s.registryComponents))
                .param("consentId", s.consentId).param("feeAtSubmission", s.feeAtSubmission)
                .query((rs, n) -> new Inserted(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        s.id = row.id();
        s.version = 1;
        s.form = json.readTree(row.form());
        s.registryData = json.readTree(row.registryData());
        List<HistoryEntry> stored = appendHistory(s.id, 0, history);
        history.clear();
        return stored;
    }

    /** Writes the new state if nobody else changed the dossier since it was read; appends the new history. */
    boolean update(Dossier dossier) {
        DossierState s = dossier.state();
        List<HistoryEntry> history = dossier.newHistory();
        Optional<Integer> historyCount = jdbc.sql("""
                        update dossier set version = version + 1, competent_unit = :competent,
                            processing_unit = :processing, status = :status, status_before_pause = :before,
                            current_step = :step, current_step_seq = :stepSeq, overdue_marked_step = :overdueMarked,
                            current_step_started_at = :stepStarted, current_step_due_at = :stepDue,
                            received_at = :received, appointment_at = :appointment,
                            original_appointment_at = :originalAppointment, legal_due_at = :legalDue,
                            paused_at = :paused, paused_working_seconds = :pausedSeconds,
                            supplement_requests = :supplements, apologized = :apologized, finished_at = :finished,
                            extended_for_verification = :extended, fee_paid_online = :feePaidOnline,
                            fee_paid_channel = :feePaidChannel,
                            fee_paid_at = :feePaidAt, fee_lines = cast(:feeLines as jsonb), fees_due_vnd = :feesDue,
                            returned_at = :returned, ended_at = :ended, on_time = :onTime,
                            result_files = cast(:resultFiles as jsonb), result_generated = :resultGenerated,
                            last_action_at = :lastAction, history_count = history_count + :newHistory,
                            waiting_unit = :waitingUnit, waiting_role = :waitingRole, waiting_due_at = :waitingDue
                        where id = :id and version = :version
                        returning history_count""")
                .params(changingColumns(dossier))
                .param("id", s.id).param("version", s.version)
                .query(Integer.class).optional();
        if (historyCount.isEmpty()) {
            return false;
        }
        appendHistory(s.id, historyCount.get() - history.size(), history);
        s.version++;
        history.clear();
        return true;
    }

    /** The columns an action may change, with the inbox's denormalised "waiting for" and the new slip lines' count. */
    private Map<String, Object> changingColumns(Dossier dossier) {
        DossierState s = dossier.state();
        Waiting waiting = dossier.waiting();
        Map<String, Object> columns = new HashMap<>();
        columns.put("competent", s.competentUnit);
        columns.put("processing", s.processingUnit);
        columns.put("status", s.status.code());
        columns.put("before", s.statusBeforePause == null ? null : s.statusBeforePause.code());
        columns.put("step", s.currentStep);
        columns.put("stepSeq", s.currentStepSeq);
        columns.put("overdueMarked", s.overdueMarkedStep);
        columns.put("stepStarted", ts(s.currentStepStartedAt));
        columns.put("stepDue", ts(s.currentStepDueAt));
        columns.put("received", ts(s.receivedAt));
        columns.put("appointment", ts(s.appointmentAt));
        columns.put("originalAppointment", ts(s.originalAppointmentAt));
        columns.put("legalDue", ts(s.legalDueAt));
        columns.put("paused", ts(s.pausedAt));
        columns.put("pausedSeconds", s.pausedWorkingTime.toSeconds());
        columns.put("supplements", s.supplementRequests);
        columns.put("apologized", s.apologized);
        columns.put("extended", s.extendedForVerification);
        columns.put("feePaidOnline", s.feePaidOnline);
        columns.put("feePaidChannel", s.feePaidChannel);
        columns.put("feePaidAt", ts(s.feePaidAt));
        columns.put("feeLines", json.writeValueAsString(s.fees));
        columns.put("feesDue", s.feesDueVnd);
        columns.put("finished", ts(s.finishedAt));
        columns.put("returned", ts(s.returnedAt));
        columns.put("ended", ts(s.endedAt));
        columns.put("onTime", s.onTime);
        columns.put("resultFiles", json.writeValueAsString(s.resultFiles));
        columns.put("resultGenerated", s.resultGenerated);
        columns.put("lastAction", ts(s.lastActionAt));
        columns.put("newHistory", dossier.newHistory().size());
        columns.put("waitingUnit", waiting == null ? null : waiting.unit());
        columns.put("waitingRole", waiting == null ? null : waiting.role());
        columns.put("waitingDue", waiting == null ? null : ts(waiting.dueAt()));
        return columns;
    }

    /**
     * Appends slip lines numbered after {@code last} in one statement; returns them as stored (numbered, with the
     * attachments and details as jsonb gives them back).
     */
    private List<HistoryEntry> appendHistory(long dossierId, int last, List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                insert into dossier_history (dossier_id, seq, at, action, actor_id, actor_name, actor_role,
                    actor_unit, from_status, to_status, step_index, note, attachments, details)
                values""");
        Map<String, Object> params = new HashMap<>();
        params.put("id", dossierId);
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry h = entries.get(i);
            sql.append(i == 0 ? " " : ", ").append("(:id, :seq").append(i).append(", :at").append(i)
                    .append(", :action").append(i).append(", :actorId").append(i).append(", :actorName").append(i)
                    .append(", :actorRole").append(i).append(", :actorUnit").append(i).append(", :from").append(i)
                    .append(", :to").append(i).append(", :step").append(i).append(", :note").append(i)
                    .append(", cast(:attachments").append(i).append(" as jsonb), cast(:details").append(i)
                    .append(" as jsonb))");
            params.put("seq" + i, last + i + 1);
            params.put("at" + i, ts(h.at()));
            params.put("action" + i, h.action().name());
            params.put("actorId" + i, h.actorId());
            params.put("actorName" + i, h.actorName());
            params.put("actorRole" + i, h.actorRole());
            params.put("actorUnit" + i, h.actorUnit());
            params.put("from" + i, h.fromStatus() == null ? null : h.fromStatus().code());
            params.put("to" + i, h.toStatus().code());
            params.put("step" + i, h.stepIndex());
            params.put("note" + i, h.note());
            params.put("attachments" + i, json.writeValueAsString(h.attachments()));
            params.put("details" + i, json.writeValueAsString(h.details()));
        }
        sql.append(" returning seq, attachments::text, details::text");
        List<HistoryEntry> stored = new ArrayList<>(entries);
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            int seq = rs.getInt(1);
            HistoryEntry h = entries.get(seq - last - 1);
            stored.set(seq - last - 1, new HistoryEntry(seq, h.at(), h.action(), h.actorId(), h.actorName(),
                    h.actorRole(), h.actorUnit(), h.fromStatus(), h.toStatus(), h.stepIndex(), h.note(),
                    json.readValue(rs.getString(2), STRINGS), json.readValue(rs.getString(3), MAP)));
            return seq;
        }).list();
        return stored;
    }

    List<HistoryEntry> history(long dossierId) {
        return jdbc.sql("select * from dossier_history where dossier_id = :id order by seq").param("id", dossierId)
                .query((rs, n) -> new HistoryEntry(rs.getInt("seq"), rs.getTimestamp("at").toInstant(),
                        DossierAction.valueOf(rs.getString("action")), rs.getString("actor_id"),
                        rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("actor_unit"),
                        rs.getObject("from_status") == null ? null
                                : DossierStatus.fromCode(rs.getInt("from_status")).orElseThrow(),
                        DossierStatus.fromCode(rs.getInt("to_status")).orElseThrow(), rs.getInt("step_index"),
                        rs.getString("note"), json.readValue(rs.getString("attachments"), STRINGS),
                        json.readValue(rs.getString("details"), MAP)))
                .list();
    }

    void addComponent(long dossierId, String componentId, StoredFile file, String originalName, String by,
                      Instant at) {
        jdbc.sql("""
                        insert into dossier_component (dossier_id, seq, component_id, file_id, original_name,
                            uploaded_at, uploaded_by)
                        values (:id, (select coalesce(max(seq), 0) + 1 from dossier_component where dossier_id = :id),
                            :component, :file, :name, :at, :by)""")
                .param("id", dossierId).param("component", componentId).param("file", file.id())
                .param("name", originalName).param("at", ts(at)).param("by", by).update();
    }

    void addUpload(long dossierId, StoredFile file, String originalName, String by, Instant at) {
        jdbc.sql("""
                        insert into dossier_upload (dossier_id, file_id, original_name, uploaded_by, uploaded_at)
                        values (:id, :file, :name, :by, :at) on conflict do nothing""")
                .param("id", dossierId).param("file", file.id()).param("name", originalName).param("by", by)
                .param("at", ts(at)).update();
    }

    boolean hasUpload(long dossierId, String fileId) {
        return jdbc.sql("select count(*) from dossier_upload where dossier_id = :id and file_id = :file")
                .param("id", dossierId).param("file", fileId).query(Integer.class).single() > 0;
    }

    List<DataFlag> flags(long dossierId) {
        return jdbc.sql("select * from dossier_data_flag where dossier_id = :id order by seq").param("id", dossierId)
                .query((rs, n) -> new DataFlag(rs.getInt("seq"), rs.getString("field"), rs.getString("comment"),
                        rs.getString("flagged_by"), rs.getTimestamp("flagged_at").toInstant())).list();
    }

    void addFlag(long dossierId, String field, String comment, String by, Instant at) {
        jdbc.sql("""
                        insert into dossier_data_flag (dossier_id, seq, field, comment, flagged_by, flagged_at)
                        values (:id, (select coalesce(max(seq), 0) + 1 from dossier_data_flag where dossier_id = :id),
                            :field, :comment, :by, :at)""")
                .param("id", dossierId).param("field", field).param("comment", comment).param("by", by)
                .param("at", ts(at)).update();
    }

    List<ComponentFile> components(long dossierId) {
        return jdbc.sql("""
                        select c.seq, c.component_id, c.original_name, c.uploaded_at, c.uploaded_by, f.id, f.size,
                               f.content_type
                        from dossier_component c join dossier_file f on f.id = c.file_id
                        where c.dossier_id = :id order by c.seq""")
                .param("id", dossierId)
                .query((rs, n) -> new ComponentFile(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5),
                        new StoredFile(rs.getString(6), rs.getLong(7), rs.getString(8))))
                .list();
    }

    private DossierState read(ResultSet rs) throws SQLException {
        DossierState s = new DossierState();
        s.id = rs.getLong("id");
        s.version = rs.getLong("version");
        s.code = rs.getString("code");
        s.procedureCode = rs.getString("procedure_code");
        s.procedureVersion = rs.getInt("procedure_version");
        s.procedureNameVi = rs.getString("procedure_name_vi");
        s.procedureNameEn = rs.getString("procedure_name_en");
        s.channel = Channel.valueOf(rs.getString("channel"));
        s.receivingUnit = rs.getString("receiving_unit");
        s.competentUnit = rs.getString("competent_unit");
        s.processingUnit = rs.getString("processing_unit");
        s.applicant = new Applicant(rs.getString("applicant_personal_id"), rs.getString("applicant_tax_code"),
                rs.getString("applicant_name"), rs.getObject("applicant_birth_date", LocalDate.class),
                rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address"));
        s.form = json.readTree(rs.getString("form"));
        s.timeLimitWorkingDays = rs.getBigDecimal("time_limit_working_days");
        s.verificationWorkingDays = rs.getBigDecimal("verification_working_days");
        s.extendedForVerification = rs.getBoolean("extended_for_verification");
        s.steps = json.readValue(rs.getString("steps"), STEPS);
        s.feesDueVnd = rs.getLong("fees_due_vnd");
        s.fees = json.readValue(rs.getString("fee_lines"), FEES);
        s.feeAtSubmission = rs.getBoolean("fee_at_submission");
        s.feePaidOnline = rs.getBoolean("fee_paid_online");
        s.feePaidAt = instant(rs, "fee_paid_at");
        s.feePaidChannel = rs.getString("fee_paid_channel");
        s.status = DossierStatus.fromCode(rs.getInt("status")).orElseThrow();
        int before = rs.getInt("status_before_pause");
        s.statusBeforePause = rs.wasNull() ? null : DossierStatus.fromCode(before).orElseThrow();
        s.currentStep = rs.getInt("current_step");
        s.currentStepSeq = rs.getInt("current_step_seq");
        s.overdueMarkedStep = rs.getInt("overdue_marked_step");
        s.currentStepStartedAt = instant(rs, "current_step_started_at");
        s.currentStepDueAt = instant(rs, "current_step_due_at");
        s.submittedAt = instant(rs, "submitted_at");
        s.receivedAt = instant(rs, "received_at");
        s.appointmentAt = instant(rs, "appointment_at");
        s.originalAppointmentAt = instant(rs, "original_appointment_at");
        s.legalDueAt = instant(rs, "legal_due_at");
        s.pausedAt = instant(rs, "paused_at");
        s.pausedWorkingTime = Duration.ofSeconds(rs.getLong("paused_working_seconds"));
        s.supplementRequests = rs.getInt("supplement_requests");
        s.apologized = rs.getBoolean("apologized");
        s.finishedAt = instant(rs, "finished_at");
        s.returnedAt = instant(rs, "returned_at");
        s.endedAt = instant(rs, "ended_at");
        boolean onTime = rs.getBoolean("on_time");
        s.onTime = rs.wasNull() ? null : onTime;
        s.resultFiles = json.readValue(rs.getString("result_files"), STRINGS);
        s.resultGenerated = rs.getBoolean("result_generated");
        s.submittedBy = rs.getString("submitted_by");
        s.registryStatus = rs.getString("registry_status");
        s.registryData = json.readTree(rs.getString("registry_data"));
        s.reusedFields = json.readValue(rs.getString("reused_fields"), STRINGS);
        s.registryComponents = json.readValue(rs.getString("registry_components"), STRINGS);
        s.consentId = rs.getObject("consent_id", java.util.UUID.class);
        s.lastActionAt = instant(rs, "last_action_at");
        return s;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

}
