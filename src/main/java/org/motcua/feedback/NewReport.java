package org.motcua.feedback;

import java.util.Map;

/**
 * What a reporter (or an operator for a caller) tells us. A location is required: coordinates, an address, or the
 * ward-level unit ({@code ward}, a slug) when there are no coordinates. Contact details are optional and never public.
 * {@code mediaUrl} is an Open311 client's link to a picture hosted elsewhere (http or https; never fetched).
 */
public record NewReport(String category, String description, Double latitude, Double longitude, String address,
                        String ward, String contactName, String contactPhone, String contactEmail,
                        Map<String, String> attributes, String deviceId, String mediaUrl) {
}
