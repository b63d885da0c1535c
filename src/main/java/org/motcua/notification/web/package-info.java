/** The notification API: the caller's in-app inbox and preferences, the outbox for the city, the demo SMS. */
package org.motcua.notification.web;
