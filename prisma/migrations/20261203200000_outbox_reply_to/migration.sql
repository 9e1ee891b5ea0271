-- Mail can name where replies go (the contact form: its sender), instead of MAIL_FROM.
ALTER TABLE "OutboxMail" ADD COLUMN "replyTo" TEXT;
