/**
 * The outbox of email and in-app messages. Other modules queue a message through
 * {@link org.hearth.notifications.Outbox} in their own transaction; a scheduled sender, locked so that
 * one node sends at a time, delivers the emails over SMTP. A dedupe key makes each reminder go out once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = { "access" })
package org.hearth.notifications;
