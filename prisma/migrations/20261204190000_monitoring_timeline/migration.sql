-- Country monitoring timelines (docs/decisions/027-monitoring-timeline.md): dated entries with a level,
-- sources and linked publications and campaigns, kept by the staff of the country's region.

-- CreateEnum
CREATE TYPE "MonitoringLevel" AS ENUM ('WATCH', 'CONCERN', 'ALERT');

-- CreateTable
CREATE TABLE "MonitoringEntry" (
    "id" TEXT NOT NULL,
    "countryCode" VARCHAR(2) NOT NULL,
    "observedOn" DATE NOT NULL,
    "level" "MonitoringLevel" NOT NULL,
    "summary" TEXT NOT NULL,
    "sources" TEXT[],
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonitoringEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CampaignToMonitoringEntry" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CampaignToMonitoringEntry_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MonitoringEntryToPublication" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MonitoringEntryToPublication_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "MonitoringEntry_countryCode_observedOn_id_idx" ON "MonitoringEntry"("countryCode", "observedOn" DESC, "id");

-- CreateIndex
CREATE INDEX "MonitoringEntry_observedOn_id_idx" ON "MonitoringEntry"("observedOn" DESC, "id");

-- CreateIndex
CREATE INDEX "MonitoringEntry_createdById_idx" ON "MonitoringEntry"("createdById");

-- CreateIndex
CREATE INDEX "_CampaignToMonitoringEntry_B_index" ON "_CampaignToMonitoringEntry"("B");

-- CreateIndex
CREATE INDEX "_MonitoringEntryToPublication_B_index" ON "_MonitoringEntryToPublication"("B");

-- AddForeignKey
ALTER TABLE "MonitoringEntry" ADD CONSTRAINT "MonitoringEntry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonitoringEntry" ADD CONSTRAINT "MonitoringEntry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CampaignToMonitoringEntry" ADD CONSTRAINT "_CampaignToMonitoringEntry_A_fkey" FOREIGN KEY ("A") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CampaignToMonitoringEntry" ADD CONSTRAINT "_CampaignToMonitoringEntry_B_fkey" FOREIGN KEY ("B") REFERENCES "MonitoringEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MonitoringEntryToPublication" ADD CONSTRAINT "_MonitoringEntryToPublication_A_fkey" FOREIGN KEY ("A") REFERENCES "MonitoringEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MonitoringEntryToPublication" ADD CONSTRAINT "_MonitoringEntryToPublication_B_fkey" FOREIGN KEY ("B") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

