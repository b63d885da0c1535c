/**
 * Feedback of the city's 1022 system (phản ánh kiến nghị): reports from the web, Open311 apps and the hotline, routed
 * by location and category to the responsible unit, answered against working-day deadlines and escalated when late.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.motcua.feedback;
