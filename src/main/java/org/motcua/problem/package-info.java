/**
 * How the API reports errors: RFC 9457 problem details with a stable {@code code} from {@link
 * org.motcua.problem.ErrorCode} and, for invalid input, the field {@code errors}. Shared by every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Problems", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.motcua.problem;
