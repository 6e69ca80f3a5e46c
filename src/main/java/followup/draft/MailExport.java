package followup.draft;

import followup.model.Config;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A draft in the two forms a mail client takes: an {@code .eml} file ({@code draft --eml FILE})
 * and a {@code mailto:} URI ({@code draft --mailto}).
 */
public final class MailExport {

    private MailExport() {
    }

    /**
     * Writes the draft as an RFC 5322 message: From the user, To the contact, the subject, and a
     * UTF-8 {@code text/plain} body. Non-ASCII names and subjects are encoded as RFC 2047 words
     * by Jakarta Mail, which is why the message is built with it rather than by hand. The header
     * {@code X-Unsent: 1} makes Outlook (and clients that honour it) open the file as a draft to
     * send. There is no Date or Message-ID: the client adds both when the message is sent, and
     * leaving them out keeps this free of the clock and of host-name lookups. A missing address
     * leaves its header out, for the user to fill in.
     *
     * <p>An address that is not ASCII ({@code jürgen.weiss@müller-söhne.example}) cannot be put in
     * an RFC 2047 word: it is written in UTF-8, as RFC 6532 allows (the name beside it stays an
     * RFC 2047 word, which every client reads), and a mail client that reads RFC 6532 gets the
     * same address back.
     *
     * @throws DraftException when an address is not a valid email address
     * @throws IOException    when writing fails
     */
    public static void writeEml(Draft draft, Config.Me me, OutputStream out) throws IOException {
        Config.Me from = me == null ? Config.Me.NOBODY : me;
        try {
            // no properties: nothing is sent, so no transport or host is ever configured
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
                @Override
                protected void updateMessageID() {
                    // the default asks the network for the local host name; the client sets one on sending
                }
            };
            String fromEmail = Words.line(from.email());
            if (!fromEmail.isEmpty()) {
                message.setFrom(address(fromEmail, Words.line(from.name()), "your email (me.email in the config)"));
            }
            if (!draft.toEmail().isEmpty()) {
                message.setRecipient(Message.RecipientType.TO,
                        address(draft.toEmail(), draft.toName(), "the email of " + draft.toName()));
            }
            if (!draft.subject().isEmpty()) {
                message.setSubject(draft.subject(), "UTF-8");
            }
            // mail wants CRLF line ends; Jakarta Mail then picks a transfer encoding that keeps them
            message.setText(draft.body().replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n", "UTF-8");
            message.setHeader("X-Unsent", "1");
            message.saveChanges();
            // saveChanges stamps the current date; a draft takes its date when it is sent
            message.removeHeader("Date");
            message.writeTo(out);
        } catch (MessagingException e) {
            throw new DraftException("cannot build the message: " + e.getMessage(), e);
        }
    }

    private static InternetAddress address(String email, String name, String what) {
        try {
            InternetAddress address = new InternetAddress(email, true);
            if (!name.isEmpty()) {
                address.setPersonal(name, "UTF-8");
            }
            return address;
        } catch (AddressException e) {
            throw new DraftException(what + " is not a valid email address", e);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /**
     * The draft as an RFC 6068 {@code mailto:} URI: the contact's address, then {@code subject}
     * and {@code body} parameters, percent-encoded as UTF-8. Spaces are {@code %20}, never
     * {@code +} (which a mail client would keep as a plus sign), and line breaks are CRLF,
     * {@code %0D%0A}, as RFC 6068 asks. Without an address the URI is {@code mailto:?subject=...}.
     */
    public static String mailto(Draft draft) {
        StringBuilder uri = new StringBuilder("mailto:");
        String email = draft.toEmail();
        int at = email.lastIndexOf('@');
        if (at > 0) {
            // the '@' stays; everything else that is not unreserved is encoded
            uri.append(encode(email.substring(0, at))).append('@').append(encode(email.substring(at + 1)));
        } else {
            uri.append(encode(email));
        }
        char separator = '?';
        if (!draft.subject().isEmpty()) {
            uri.append(separator).append("subject=").append(encode(draft.subject()));
            separator = '&';
        }
        if (!draft.body().isEmpty()) {
            String body = draft.body().replace("\r\n", "\n").replace("\n", "\r\n");
            uri.append(separator).append("body=").append(encode(body));
        }
        return uri.toString();
    }

    /** Percent-encodes all but RFC 3986's unreserved characters, byte by byte in UTF-8. */
    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
