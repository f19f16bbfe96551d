-- AlterTable
ALTER TABLE `ScenarioTemplate` ADD COLUMN `source` JSON NULL;

-- CreateTable
CREATE TABLE `UserScenario` (
    `id` CHAR(36) NOT NULL,
    `ownerId` CHAR(36) NOT NULL,
    `name` VARCHAR(100) NOT NULL,
    `description` TEXT NULL,
    `shocks` JSON NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `UserScenario_ownerId_name_key`(`ownerId`, `name`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `SimulationRun` (
    `id` CHAR(36) NOT NULL,
    `ownerId` CHAR(36) NOT NULL,
    `portfolioId` CHAR(36) NULL,
    `kind` ENUM('STRESS_TEST', 'MONTE_CARLO', 'BACKTEST', 'OPTIMIZATION') NOT NULL,
    `status` ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED') NOT NULL DEFAULT 'QUEUED',
    `inputs` JSON NOT NULL,
    `inputHash` CHAR(64) NOT NULL,
    `seed` INTEGER NOT NULL,
    `engineVersion` VARCHAR(60) NOT NULL,
    `dataFrom` DATE NOT NULL,
    `asOf` DATE NOT NULL,
    `requestedBy` JSON NOT NULL,
    `progress` DOUBLE NOT NULL DEFAULT 0,
    `stage` VARCHAR(40) NOT NULL DEFAULT 'queued',
    `message` VARCHAR(500) NULL,
    `error` JSON NULL,
    `attempts` INTEGER NOT NULL DEFAULT 0,
    `workerId` VARCHAR(100) NULL,
    `heartbeatAt` DATETIME(3) NULL,
    `cancelRequestedAt` DATETIME(3) NULL,
    `queuedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `startedAt` DATETIME(3) NULL,
    `finishedAt` DATETIME(3) NULL,

    INDEX `SimulationRun_ownerId_queuedAt_idx`(`ownerId`, `queuedAt`),
    INDEX `SimulationRun_ownerId_status_idx`(`ownerId`, `status`),
    INDEX `SimulationRun_portfolioId_queuedAt_idx`(`portfolioId`, `queuedAt`),
    INDEX `SimulationRun_status_queuedAt_idx`(`status`, `queuedAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `SimulationResult` (
    `runId` CHAR(36) NOT NULL,
    `data` JSON NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`runId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `IdempotencyRecord` (
    `ownerId` CHAR(36) NOT NULL,
    `key` VARCHAR(100) NOT NULL,
    `operation` VARCHAR(50) NOT NULL,
    `requestHash` CHAR(64) NOT NULL,
    `resultId` VARCHAR(100) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`ownerId`, `key`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `SimulationResult` ADD CONSTRAINT `SimulationResult_runId_fkey` FOREIGN KEY (`runId`) REFERENCES `SimulationRun`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
