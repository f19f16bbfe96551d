-- The registry and forecasts are redesigned for @capstone/forecasting (20-day volatility and
-- the probability of a gain, not an expected return). The old tables held no model that could
-- serve (no artifact checksum, no kind), so they are replaced rather than converted.

-- DropTable
DROP TABLE `Forecast`;

-- DropTable
DROP TABLE `ModelVersion`;

-- CreateTable
CREATE TABLE `ModelVersion` (
    `id` CHAR(36) NOT NULL,
    `name` VARCHAR(64) NOT NULL,
    `kind` ENUM('VOLATILITY', 'DIRECTION') NOT NULL,
    `version` INTEGER NOT NULL,
    `algorithm` VARCHAR(64) NOT NULL,
    `family` VARCHAR(16) NOT NULL,
    `hyperParameters` JSON NOT NULL,
    `seed` INTEGER NOT NULL,
    `status` ENUM('CANDIDATE', 'PROMOTED', 'RETIRED') NOT NULL DEFAULT 'CANDIDATE',
    `trainingFrom` DATE NOT NULL,
    `trainingTo` DATE NOT NULL,
    `trainingRows` INTEGER NOT NULL,
    `holdOutFrom` DATE NOT NULL,
    `holdOutTo` DATE NOT NULL,
    `holdOutRows` INTEGER NOT NULL,
    `instruments` INTEGER NOT NULL,
    `featureHash` CHAR(64) NOT NULL,
    `featureVersion` INTEGER NOT NULL,
    `minimumHistory` INTEGER NOT NULL,
    `metrics` JSON NOT NULL,
    `beatsBaselines` BOOLEAN NOT NULL,
    `reasonKo` TEXT NOT NULL,
    `reasonEn` TEXT NOT NULL,
    `baseRate` DOUBLE NULL,
    `artifactUri` VARCHAR(500) NOT NULL,
    `artifactSha256` CHAR(64) NOT NULL,
    `artifactBytes` INTEGER NOT NULL,
    `trainingRunId` CHAR(36) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `promotedAt` DATETIME(3) NULL,
    `retiredAt` DATETIME(3) NULL,

    INDEX `ModelVersion_kind_status_idx`(`kind`, `status`),
    INDEX `ModelVersion_trainingRunId_idx`(`trainingRunId`),
    UNIQUE INDEX `ModelVersion_name_version_key`(`name`, `version`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ServingModel` (
    `kind` ENUM('VOLATILITY', 'DIRECTION') NOT NULL,
    `modelVersionId` CHAR(36) NOT NULL,
    `promotedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `ServingModel_modelVersionId_key`(`modelVersionId`),
    PRIMARY KEY (`kind`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Forecast` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `symbol` VARCHAR(12) NOT NULL,
    `kind` ENUM('VOLATILITY', 'DIRECTION') NOT NULL,
    `asOf` DATE NOT NULL,
    `horizonDays` INTEGER NOT NULL,
    `value` DOUBLE NOT NULL,
    `baseline` DOUBLE NOT NULL,
    `source` ENUM('MODEL', 'BASELINE') NOT NULL,
    `modelVersionId` CHAR(36) NOT NULL,
    `publishedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `Forecast_modelVersionId_idx`(`modelVersionId`),
    INDEX `Forecast_publishedAt_idx`(`publishedAt`),
    UNIQUE INDEX `Forecast_symbol_kind_asOf_modelVersionId_key`(`symbol`, `kind`, `asOf`, `modelVersionId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `FeatureSnapshot` (
    `symbol` VARCHAR(12) NOT NULL,
    `featureHash` CHAR(64) NOT NULL,
    `asOf` DATE NOT NULL,
    `featureValues` JSON NOT NULL,
    `history` INTEGER NOT NULL,
    `complete` BOOLEAN NOT NULL,
    `missingReason` VARCHAR(32) NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`symbol`, `featureHash`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `TrainingRun` (
    `id` CHAR(36) NOT NULL,
    `plan` ENUM('QUICK', 'FULL') NOT NULL,
    `trigger` ENUM('STARTUP', 'SCHEDULE', 'API', 'CLI') NOT NULL,
    `status` ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED') NOT NULL DEFAULT 'QUEUED',
    `progress` DOUBLE NOT NULL DEFAULT 0,
    `stage` VARCHAR(200) NULL,
    `message` TEXT NULL,
    `requestedBy` VARCHAR(64) NULL,
    `cancelRequestedAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `startedAt` DATETIME(3) NULL,
    `finishedAt` DATETIME(3) NULL,
    `heartbeatAt` DATETIME(3) NULL,

    INDEX `TrainingRun_status_idx`(`status`),
    INDEX `TrainingRun_createdAt_idx`(`createdAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `ModelVersion` ADD CONSTRAINT `ModelVersion_trainingRunId_fkey` FOREIGN KEY (`trainingRunId`) REFERENCES `TrainingRun`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ServingModel` ADD CONSTRAINT `ServingModel_modelVersionId_fkey` FOREIGN KEY (`modelVersionId`) REFERENCES `ModelVersion`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Forecast` ADD CONSTRAINT `Forecast_modelVersionId_fkey` FOREIGN KEY (`modelVersionId`) REFERENCES `ModelVersion`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
