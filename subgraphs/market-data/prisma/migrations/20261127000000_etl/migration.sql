-- AlterTable
ALTER TABLE `Instrument` ADD COLUMN `isin` VARCHAR(12) NULL,
    ADD COLUMN `listedOn` DATE NULL,
    ADD COLUMN `marketCap` DECIMAL(20, 0) NULL,
    ADD COLUMN `trackingPinned` BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE `Quote` (
    `symbol` VARCHAR(12) NOT NULL,
    `price` DECIMAL(18, 2) NOT NULL,
    `change` DECIMAL(18, 2) NOT NULL,
    `changeRate` DECIMAL(12, 6) NOT NULL,
    `volume` BIGINT NOT NULL,
    `tradedAt` DATETIME(3) NOT NULL,
    `source` ENUM('STREAM', 'POLL') NOT NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`symbol`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `MarketIndex` (
    `code` VARCHAR(4) NOT NULL,
    `name` VARCHAR(100) NOT NULL,
    `tracked` BOOLEAN NOT NULL DEFAULT false,
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`code`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `IndexBar` (
    `code` VARCHAR(4) NOT NULL,
    `date` DATE NOT NULL,
    `open` DECIMAL(12, 2) NOT NULL,
    `high` DECIMAL(12, 2) NOT NULL,
    `low` DECIMAL(12, 2) NOT NULL,
    `close` DECIMAL(12, 2) NOT NULL,
    `volume` BIGINT NOT NULL,
    `tradedValue` BIGINT NOT NULL,

    PRIMARY KEY (`code`, `date`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `EtlRun` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `job` ENUM('INSTRUMENT_MASTER', 'DAILY_BARS', 'BACKFILL', 'LIVE_QUOTES') NOT NULL,
    `trigger` ENUM('SCHEDULE', 'STARTUP', 'MANUAL', 'CLI') NOT NULL,
    `status` ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED', 'SKIPPED', 'CANCELLED') NOT NULL,
    `symbols` TEXT NULL,
    `fromDate` DATE NULL,
    `toDate` DATE NULL,
    `requestedBy` VARCHAR(36) NULL,
    `queuedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `startedAt` DATETIME(3) NULL,
    `finishedAt` DATETIME(3) NULL,
    `heartbeatAt` DATETIME(3) NULL,
    `cancelRequestedAt` DATETIME(3) NULL,
    `rows` INTEGER NOT NULL DEFAULT 0,
    `rowsChanged` INTEGER NOT NULL DEFAULT 0,
    `errorCount` INTEGER NOT NULL DEFAULT 0,
    `errors` TEXT NULL,
    `message` VARCHAR(500) NULL,

    INDEX `EtlRun_job_queuedAt_idx`(`job`, `queuedAt`),
    INDEX `EtlRun_status_idx`(`status`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `KisAccessToken` (
    `key` VARCHAR(255) NOT NULL,
    `accessToken` TEXT NOT NULL,
    `expiresAt` DATETIME(3) NOT NULL,
    `issuedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`key`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateIndex
CREATE INDEX `Instrument_tracked_marketCap_idx` ON `Instrument`(`tracked`, `marketCap`);

-- AddForeignKey
ALTER TABLE `Quote` ADD CONSTRAINT `Quote_symbol_fkey` FOREIGN KEY (`symbol`) REFERENCES `Instrument`(`symbol`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `IndexBar` ADD CONSTRAINT `IndexBar_code_fkey` FOREIGN KEY (`code`) REFERENCES `MarketIndex`(`code`) ON DELETE CASCADE ON UPDATE CASCADE;
