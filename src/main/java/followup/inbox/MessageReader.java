package followup.inbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one message's bytes with Angus Mail (a {@link Session} that never connects anywhere): its
 * headers (RFC 2047 encoded words in any charset the JVM knows), its text (the plain part of a
 * multipart/alternative, else the HTML one reduced to text; quoted-printable and base64 undone),
 * and its calendar part; then classifies what it says and drops the text.
 */
public final class MessageReader {

    /** A message that cannot be read; the reason names no content. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final int MAX_DEPTH = 20;
    private static final int MAX_PARTS = 500;
    /** The characters of a body that are read. */
    private static final int MAX_TEXT = 256 * 1024;
    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+[ \\t]*:");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]+\\?[bBqQ]\\?[^?\\s]*\\?=");
    private static final Pattern ADJACENT = Pattern.compile("\\?=\\s+=\\?");

    private final Session session;
    private final ZoneId zone;
    private final Set<DayOfWeek> workDays;

    /** @param zone the user's time zone: a message is dated by its Date: header there */
    public MessageReader(ZoneId zone, Set<DayOfWeek> workDays) {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        this.session = Session.getInstance(p);
        this.zone = zone;
        this.workDays = workDays;
    }

    /** The message in {@code bytes}, found at {@code where}. */
    public Message read(String where, byte[] bytes) throws Unreadable {
        if (!startsWithHeader(bytes)) {
            throw new Unreadable("not a mail message (no header lines)");
        }
        MimeMessage mime;
        try {
            mime = new MimeMessage(session, new ByteArrayInputStream(bytes));
        } catch (MessagingException | RuntimeException e) {
            throw new Unreadable("cannot be read as a mail message");
        }
        try {
            Message.Person from = first(addresses(mime, "From"));
            if (from == null) {
                throw new Unreadable("not a mail message (no From: address)");
            }
            Date sent = mime.getSentDate();
            if (sent == null) {
                throw new Unreadable("has no readable Date: header");
            }
            ZonedDateTime date = sent.toInstant().atZone(zone);
            String id = messageId(mime.getHeader("Message-ID", null));
            if (id == null) {
                throw new Unreadable("has no Message-ID: header, so it could not be known again next time");
            }
            List<Message.Person> recipients = new ArrayList<>(addresses(mime, "To"));
            recipients.addAll(addresses(mime, "Cc"));
            List<String> delivered = new ArrayList<>();
            for (String h : List.of("Delivered-To", "X-Original-To")) {
                for (Message.Person p : addresses(mime, h)) {
                    delivered.add(p.email());
                }
            }
            String subject = oneLine(decode(mime.getHeader("Subject", null)));
            Body body = new Body();
            body.walk(mime, 0);
            String automatic = automatic(mime, subject, from, body);
            String text = body.plain != null && !body.plain.isBlank() ? body.plain
                    : body.html != null ? BodyText.fromHtml(body.html) : "";
            // what a person writes about an application fits in far less; a huge body is a newsletter
            text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
            Invitation invitation = body.calendar == null ? null
                    : CalendarReader.read(body.calendar, body.calendarMethod, zone);
            Classifier.Reading reading = Classifier.classify(BodyText.written(text), invitation, date.toLocalDate(), workDays);
            return new Message(where, id, date, from, recipients, delivered, subject, automatic, invitation, reading);
        } catch (MessagingException | IOException e) {
            throw new Unreadable("its body cannot be decoded");
        } catch (RuntimeException | StackOverflowError e) {
            // a structure the parsers cannot take (deep nesting, a pathological header): this one only
            throw new Unreadable("cannot be read as a mail message");
        }
    }

    /** A mail message starts with a header line ({@code Name: value}). */
    private static boolean startsWithHeader(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && end < 1000 && bytes[end] != '\n') {
            end++;
        }
        return HEADER_LINE.matcher(new String(bytes, 0, end, StandardCharsets.ISO_8859_1)).find();
    }

    private static String messageId(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.replaceAll("\\s+", "");
        int lt = id.indexOf('<');
        int gt = id.indexOf('>', lt + 1);
        if (lt >= 0 && gt > lt + 1) {
            id = id.substring(lt, gt + 1);
        }
        return id.isEmpty() || id.length() > 998 ? null : id;
    }

    private List<Message.Person> addresses(MimeMessage mime, String header) throws MessagingException {
        String raw = mime.getHeader(header, ",");
        List<Message.Person> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        try {
            for (Address a : InternetAddress.parseHeader(raw, false)) {
                if (a instanceof InternetAddress ia && ia.getAddress() != null && ia.getAddress().contains("@")) {
                    String name = ia.getPersonal();
                    out.add(new Message.Person(name == null ? null : oneLine(decode(name)), ia.getAddress()));
                }
            }
        } catch (MessagingException e) {
            // an unreadable address list reads as no address
        }
        return out;
    }

    private static Message.Person first(List<Message.Person> people) {
        return people.isEmpty() ? null : people.get(0);
    }

    /**
     * A header's text with its RFC 2047 encoded words decoded, in any charset the JVM knows, also
     * those glued to other text (which a strict reading leaves alone); the white space between two
     * encoded words is not text (RFC 2047 §6.2). A word that cannot be decoded stays as written.
     */
    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String s = MimeUtility.unfold(raw);
        if (!s.contains("=?")) {
            return s;
        }
        s = ADJACENT.matcher(s).replaceAll("?==?");
        Matcher m = ENCODED_WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word;
            try {
                word = MimeUtility.decodeWord(m.group());
            } catch (IOException | MessagingException | RuntimeException e) {
                word = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One line: no control characters, runs of white space made one space; at most 300 characters. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll("\\s+", " ").strip();
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    /** Why a message was sent by a machine rather than a person, or null. */
    private static String automatic(MimeMessage mime, String subject, Message.Person from, Body body)
            throws MessagingException {
        String auto = mime.getHeader("Auto-Submitted", null);
        if (auto != null && auto.strip().toLowerCase(Locale.ROOT).startsWith("auto-replied")
                || mime.getHeader("X-Autoreply", null) != null || mime.getHeader("X-Autorespond", null) != null
                || subject.matches("(?i)^(automatic reply|auto-?reply|autoreply|out of (the )?office|abwesenheit|"
                        + "réponse automatique)\\b.*")) {
            return "an automatic reply (out of office)";
        }
        String local = from.email().substring(0, from.email().indexOf('@'));
        if (body.report || local.equalsIgnoreCase("mailer-daemon") || local.equalsIgnoreCase("postmaster")
                || subject.matches("(?i)^(undeliverable|undelivered mail|delivery status notification|"
                        + "mail delivery failed|returned mail|read:)\\b.*")) {
            return "a delivery or read report";
        }
        return null;
    }

    /** The parts of a message that are read: the first plain text, the first HTML, the first calendar. */
    private static final class Body {
        String plain;
        String html;
        String calendar;
        String calendarMethod;
        boolean report;
        int parts;

        void walk(Part part, int depth) throws MessagingException, IOException {
            if (depth > MAX_DEPTH || ++parts > MAX_PARTS) {
                return;
            }
            ContentType type = type(part);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
            if (type.match("multipart/*")) {
                report |= type.match("multipart/report");
                MimeMultipart multipart = new MimeMultipart(new MimePartDataSource((MimePart) part));
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, depth + 1);
                }
            } else if (type.match("text/calendar") || type.match("application/ics")) {
                if (calendar == null) {
                    calendar = text(part, type);
                    calendarMethod = type.getParameter("method");
                }
            } else if (type.match("message/*")) {
                // a message forwarded as an attachment: what it says is not this sender's
            } else if (!attachment && type.match("text/plain")) {
                if (plain == null) {
                    plain = text(part, type);
                }
            } else if (!attachment && type.match("text/html")) {
                if (html == null) {
                    html = text(part, type);
                }
            }
        }

        private static ContentType type(Part part) throws MessagingException {
            try {
                return new ContentType(part.getContentType());
            } catch (jakarta.mail.internet.ParseException | RuntimeException e) {
                return new ContentType("text", "plain", null);
            }
        }

        private static String disposition(Part part) {
            try {
                return part.getDisposition();
            } catch (MessagingException | RuntimeException e) {
                return null;
            }
        }

        /** A text part's characters: transfer encoding undone, then its charset (UTF-8 when unknown). */
        private static String text(Part part, ContentType type) throws IOException, MessagingException {
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes((int) MailSources.MAX_MESSAGE);
            }
            Charset charset = StandardCharsets.UTF_8;
            String name = type.getParameter("charset");
            if (name != null) {
                try {
                    charset = Charset.forName(MimeUtility.javaCharset(name.strip()));
                } catch (RuntimeException e) {
                    charset = StandardCharsets.UTF_8;
                }
            }
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        }
    }
}
