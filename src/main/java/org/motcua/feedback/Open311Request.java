package org.motcua.feedback;

import java.time.Instant;

/** A service request in Open311 GeoReport v2 terms (no personal data). */
public record Open311Request(String serviceRequestId, String status, String statusNotes, String serviceName,
                             String serviceCode, String description, String agencyResponsible, String serviceNotice,
                             Instant requestedDatetime, Instant updatedDatetime, Instant expectedDatetime,
                             String address, String addressId, Double lat, Double lon, String mediaUrl) {
}
