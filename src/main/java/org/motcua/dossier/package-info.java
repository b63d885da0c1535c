/**
 * The dossier (hồ sơ) of an administrative procedure and its legal lifecycle: submission online or at any one-stop
 * desk, receipt with an appointment date, the internal process step by step, supplements, transfers, refusal,
 * stopping, withdrawal, the result and its return — every transition recorded on the process-control slip.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package org.motcua.dossier;
