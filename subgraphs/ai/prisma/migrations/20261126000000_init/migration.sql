-- CreateTable
CREATE TABLE `ModelVersion` (
    `id` CHAR(36) NOT NULL,
    `name` VARCHAR(64) NOT NULL,
    `version` INTEGER NOT NULL,
    `algorithm` VARCHAR(64) NOT NULL,
    `status` ENUM('TRAINING', 'READY', 'RETIRED') NOT NULL DEFAULT 'TRAINING',
    `metrics` JSON NULL,
    `artifactUri` VARCHAR(500) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `ModelVersion_name_version_key`(`name`, `version`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Forecast` (
    `id` BIGINT NOT NULL AUTO_INCREMENT,
    `symbol` VARCHAR(12) NOT NULL,
    `modelVersionId` CHAR(36) NOT NULL,
    `asOf` DATE NOT NULL,
    `horizonDays` INTEGER NOT NULL,
    `expectedReturn` DECIMAL(12, 8) NOT NULL,
    `volatility` DECIMAL(12, 8) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `Forecast_modelVersionId_idx`(`modelVersionId`),
    UNIQUE INDEX `Forecast_symbol_horizonDays_asOf_modelVersionId_key`(`symbol`, `horizonDays`, `asOf`, `modelVersionId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Forecast` ADD CONSTRAINT `Forecast_modelVersionId_fkey` FOREIGN KEY (`modelVersionId`) REFERENCES `ModelVersion`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
