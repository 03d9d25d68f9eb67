package org.ogi.notification.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/** notification-service with an SMTP relay that refuses (MailAndSms points the mailer at RefusingSmtpServer). */
public class RefusingMailProfile implements QuarkusTestProfile {}
