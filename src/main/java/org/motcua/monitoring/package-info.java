/**
 * Monitoring of service quality: indicators and the service-quality index (Decision 766/QĐ-TTg) per unit and for the
 * city, kept up to date from the other modules' events; "green" ward thresholds; the city's directive plans and tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.motcua.monitoring;
