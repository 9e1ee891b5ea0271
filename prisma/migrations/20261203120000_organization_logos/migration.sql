-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "logoContentType" TEXT,
ADD COLUMN     "logoStorageKey" TEXT,
ADD COLUMN     "logoUpdatedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_logoStorageKey_key" ON "Organization"("logoStorageKey");

