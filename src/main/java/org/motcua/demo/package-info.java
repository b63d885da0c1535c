/**
 * Demo mode: whether this installation seeds demonstration data (accounts, citizens) and accepts the demo accounts
 * over HTTP Basic. On by default with the embedded database, off with an external one unless asked for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo mode")
package org.motcua.demo;
