package org.motcua.monitoring;

/**
 * What the catalogue says of a procedure that matters for the index.
 *
 * @param disclosedCorrectly its version in force is published with every value confirmed against the national portal
 *                           (nothing listed as unconfirmed)
 * @param offeredOnline      it can be submitted online (fully or partly)
 * @param chargesFee         it has fees or charges
 * @param onlinePayment      its fees can be paid online (offered online and charging a fee: the platform bills every
 *                           such dossier through the payment gateway)
 */
public record ProcedureProfile(String code, boolean disclosedCorrectly, boolean offeredOnline, boolean chargesFee,
                               boolean onlinePayment) {
}
