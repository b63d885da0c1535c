-- Messages may go to the anonymous reporter of a feedback report (reporter:<report id>), reached only by the contacts
-- they left with the report.
alter table notification_message drop constraint notification_message_recipient_check;
alter table notification_message add constraint notification_message_recipient_check
    check (recipient ~ '^(citizen|staff|reporter):.+$');
