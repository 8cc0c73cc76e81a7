/**
 * Running Hearth: a request id in every log line, and the checks that stop a production node from
 * starting with demo data or default secrets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = {})
package org.hearth.operations;
