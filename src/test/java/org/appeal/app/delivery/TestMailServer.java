package org.appeal.app.delivery;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import java.util.Map;
import java.util.Set;

/**
 * GreenMail's SMTP server on the loopback address, on a free port, which refuses the mailboxes it
 * is told to the way a real server does (a 550 reply to RCPT TO, in its own words). GreenMail on
 * its own accepts every recipient. The addresses tests use are made up ({@code .invalid}).
 */
public final class TestMailServer extends GreenMail {
    public static final String REFUSAL = "550 5.1.1 Recipient address rejected: no such mailbox here (made-up test server)";

    private final Set<String> refused;

    public TestMailServer(Set<String> refused) {
        super(ServerSetupTest.SMTP.dynamicPort());
        this.refused = Set.copyOf(refused);
    }

    public int port() {
        return getSmtp().getPort();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        return super.createServices(config, new RefusingManagers(managers, refused));
    }

    /** GreenMail's managers, but with an SMTP manager that turns some recipients down. */
    private static final class RefusingManagers extends Managers {
        private final Managers delegate;
        private final SmtpManager smtp;

        RefusingManagers(Managers delegate, Set<String> refused) {
            this.delegate = delegate;
            this.smtp = new SmtpManager(delegate.getImapHostManager(), delegate.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress address) {
                    return refused.contains(address.getEmail()) ? REFUSAL : super.checkRecipient(state, address);
                }
            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return delegate.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return delegate.getImapHostManager();
        }
    }
}
