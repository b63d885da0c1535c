package org.motcua.feedback.web;

import org.motcua.feedback.NewReport;

import java.util.Map;

/**
 * A new report as JSON. A location is required: {@code latitude} and {@code longitude}, or an {@code address}, or the
 * {@code ward} (a unit slug such as {@code ben-thanh}) when there are no coordinates.
 */
record ReportBody(String category, String description, Double latitude, Double longitude, String address,
                  String ward, String contactName, String contactPhone, String contactEmail,
                  Map<String, String> attributes) {

    NewReport toNewReport() {
        return new NewReport(category, description, latitude, longitude, address, ward, contactName, contactPhone,
                contactEmail, attributes, null, null);
    }
}
