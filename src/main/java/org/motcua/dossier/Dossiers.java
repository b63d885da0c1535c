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

    void insert(Dossier dossier) {
        DossierState s = dossier.state();
        s.id = jdbc.sql("""
                        insert into dossier (code, procedure_code, procedure_version, procedure_name_vi,
                            procedure_name_en, channel, receiving_unit, competent_unit, processing_unit,
                            applicant_personal_id, applicant_tax_code, applicant_name, applicant_birth_date,
                            applicant_phone, applicant_email, applicant_address, form, time_limit_working_days, steps,
                            fees_due_vnd, status, submitted_at, submitted_by, last_action_at,
                            verification_working_days, registry_status, registry_data, reused_fields,
                            registry_components, consent_id, fee_lines, fee_at_submission)
                        values (:code, :procedureCode, :procedureVersion, :nameVi, :nameEn, :channel, :receiving,
                            :competent, :processing, :personalId, :taxCode, :name, :birth, :phone, :email, :address,
                            cast(:form as jsonb), :timeLimit, cast(:steps as jsonb), :fees, :status, :submittedAt,
                            :submittedBy, :lastActionAt, :verificationDays, :registryStatus,
                            cast(:registryData as jsonb), cast(:reusedFields as jsonb),
                            cast(:registryComponents as jsonb), :consentId, cast(:feeLines as jsonb),
                            :feeAtSubmission)
                        returning id""")
                .param("code", s.code).param("procedureCode", s.procedureCode)
                .param("procedureVersion", s.procedureVersion).param("nameVi", s.procedureNameVi)
                .param("nameEn", s.procedureNameEn).param("channel", s.channel.name())
                .param("receiving", s.receivingUnit).param("competent", s.competentUnit)
                .param("processing", s.processingUnit)
                .param("personalId", s.applicant.personalId()).param("taxCode", s.applicant.taxCode())
                .param("name", s.applicant.fullName()).param("birth", s.applicant.dateOfBirth())
                .param("phone", s.applicant.phone()).param("email", s.applicant.email())
                .param("address", s.applicant.address())
                .param("form", json.writeValueAsString(s.form))
                .param("timeLimit", s.timeLimitWorkingDays).param("steps", json.writeValueAsString(s.steps))
                .param("fees", s.feesDueVnd).param("status", DossierStatus.SUBMITTED.code())
                .param("submittedAt", ts(s.submittedAt)).param("submittedBy", s.submittedBy)
                .param("lastActionAt", ts(s.lastActionAt))
                .param("verificationDays", s.verificationWorkingDays)
                .param("registryStatus", s.registryStatus)
                .param("registryData", s.registryData == null ? "{}" : json.writeValueAsString(s.registryData))
                .param("reusedFields", json.writeValueAsString(s.reusedFields))
                .param("registryComponents", json.writeValueAsString(s.registryComponents))
                .param("consentId", s.consentId)
                .param("feeLines", json.writeValueAsString(s.fees)).param("feeAtSubmission", s.feeAtSubmission)
                .query(Long.class).single();
        s.version = 0;
        update(dossier);
    }

    /** Writes the new state if nobody else changed the dossier since it was read; appends the new history. */
    boolean update(Dossier dossier) {
        DossierState s = dossier.state();
        Waiting waiting = dossier.waiting();
        List<HistoryEntry> history = dossier.newHistory();
        int updated = jdbc.sql("""
                        update dossier set version = version + 1, competent_unit = :competent,
                            processing_unit = :processing, status = :status, status_before_pause = :before,
                            current_step = :step, current_step_seq = :stepSeq, overdue_marked_step = :overdueMarked,
                            current_step_started_at = :stepStarted, current_step_due_at = :stepDue,
                            received_at = :received, appointment_at = :appointment,
                            original_appointment_at = :originalAppointment, legal_due_at = :legalDue,
                            paused_at = :paused, paused_working_seconds = :pausedSeconds,
                            supplement_requests = :supplements, apologized = :apologized, finished_at = :finished,
                            extended_for_verification = :extended, fee_paid_online = :feePaidOnline,
                            fee_paid_at = :feePaidAt, fee_lines = cast(:feeLines as jsonb), fees_due_vnd = :feesDue,
                            returned_at = :returned, ended_at = :ended, on_time = :onTime,
                            result_files = cast(:resultFiles as jsonb), result_generated = :resultGenerated,
                            last_action_at = :lastAction, history_count = history_count + :newHistory,
                            waiting_unit = :waitingUnit, waiting_role = :waitingRole, waiting_due_at = :waitingDue
                        where id = :id and version = :version""")
                .param("competent", s.competentUnit).param("processing", s.processingUnit)
                .param("status", s.status.code())
                .param("before", s.statusBeforePause == null ? null : s.statusBeforePause.code())
                .param("step", s.currentStep).param("stepSeq", s.currentStepSeq)
                .param("overdueMarked", s.overdueMarkedStep)
                .param("stepStarted", ts(s.currentStepStartedAt)).param("stepDue", ts(s.currentStepDueAt))
                .param("received", ts(s.receivedAt)).param("appointment", ts(s.appointmentAt))
                .param("originalAppointment", ts(s.originalAppointmentAt)).param("legalDue", ts(s.legalDueAt))
                .param("paused", ts(s.pausedAt)).param("pausedSeconds", s.pausedWorkingTime.toSeconds())
                .param("supplements", s.supplementRequests).param("apologized", s.apologized)
                .param("extended", s.extendedForVerification)
                .param("feePaidOnline", s.feePaidOnline).param("feePaidAt", ts(s.feePaidAt))
                .param("feeLines", json.writeValueAsString(s.fees)).param("feesDue", s.feesDueVnd)
                .param("finished", ts(s.finishedAt)).param("returned", ts(s.returnedAt)).param("ended", ts(s.endedAt))
                .param("onTime", s.onTime).param("resultFiles", json.writeValueAsString(s.resultFiles))
                .param("resultGenerated", s.resultGenerated).param("lastAction", ts(s.lastActionAt))
                .param("newHistory", history.size())
                .param("waitingUnit", waiting == null ? null : waiting.unit())
                .param("waitingRole", waiting == null ? null : waiting.role())
                .param("waitingDue", waiting == null ? null : ts(waiting.dueAt()))
                .param("id", s.id).param("version", s.version)
                .update();
        if (updated == 0) {
            return false;
        }
        int first = jdbc.sql("select history_count from dossier where id = :id").param("id", s.id)
                .query(Integer.class).single() - history.size();
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry h = history.get(i);
            jdbc.sql("""
                            insert into dossier_history (dossier_id, seq, at, action, actor_id, actor_name, actor_role,
                                actor_unit, from_status, to_status, step_index, note, attachments, details)
                            values (:id, :seq, :at, :action, :actorId, :actorName, :actorRole, :actorUnit, :from, :to,
                                :step, :note, cast(:attachments as jsonb), cast(:details as jsonb))""")
                    .param("id", s.id).param("seq", first + i + 1).param("at", ts(h.at()))
                    .param("action", h.action().name()).param("actorId", h.actorId())
                    .param("actorName", h.actorName()).param("actorRole", h.actorRole())
                    .param("actorUnit", h.actorUnit())
                    .param("from", h.fromStatus() == null ? null : h.fromStatus().code())
                    .param("to", h.toStatus().code()).param("step", h.stepIndex()).param("note", h.note())
                    .param("attachments", json.writeValueAsString(h.attachments()))
                    .param("details", json.writeValueAsString(h.details()))
                    .update();
        }
        s.version++;
        history.clear();
        return true;
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
