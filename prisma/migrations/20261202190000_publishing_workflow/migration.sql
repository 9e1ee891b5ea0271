-- AlterEnum
ALTER TYPE "PublicationStatus" ADD VALUE 'CHANGES_REQUESTED';

-- DropIndex
DROP INDEX "Attachment_publicationId_idx";

-- DropIndex
DROP INDEX "Publication_status_visibility_kind_language_idx";

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "trusted" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "embargoUntil" TIMESTAMP(3),
ADD COLUMN     "linkUrl" TEXT;

-- CreateTable
CREATE TABLE "PublicationSlugAlias" (
    "slug" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationSlugAlias_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "PublicationTransition" (
    "id" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "fromStatus" "PublicationStatus",
    "toStatus" "PublicationStatus" NOT NULL,
    "actorId" TEXT,
    "reasonCode" TEXT,
    "reasonText" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicationTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DownloadLog" (
    "id" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "memberId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DownloadLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicationSlugAlias_publicationId_idx" ON "PublicationSlugAlias"("publicationId");

-- CreateIndex
CREATE INDEX "PublicationTransition_publicationId_createdAt_idx" ON "PublicationTransition"("publicationId", "createdAt");

-- CreateIndex
CREATE INDEX "PublicationTransition_actorId_idx" ON "PublicationTransition"("actorId");

-- CreateIndex
CREATE INDEX "DownloadLog_attachmentId_createdAt_idx" ON "DownloadLog"("attachmentId", "createdAt");

-- CreateIndex
CREATE INDEX "DownloadLog_memberId_idx" ON "DownloadLog"("memberId");

-- CreateIndex
CREATE INDEX "Attachment_publicationId_position_idx" ON "Attachment"("publicationId", "position");

-- CreateIndex
CREATE INDEX "Publication_status_visibility_kind_language_embargoUntil_idx" ON "Publication"("status", "visibility", "kind", "language", "embargoUntil");

-- AddForeignKey
ALTER TABLE "PublicationSlugAlias" ADD CONSTRAINT "PublicationSlugAlias_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationTransition" ADD CONSTRAINT "PublicationTransition_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicationTransition" ADD CONSTRAINT "PublicationTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DownloadLog" ADD CONSTRAINT "DownloadLog_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DownloadLog" ADD CONSTRAINT "DownloadLog_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

