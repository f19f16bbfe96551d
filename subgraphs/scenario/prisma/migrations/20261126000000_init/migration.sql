-- CreateTable
CREATE TABLE `ScenarioTemplate` (
    `id` VARCHAR(64) NOT NULL,
    `kind` ENUM('HISTORICAL', 'HYPOTHETICAL') NOT NULL,
    `nameKo` VARCHAR(100) NOT NULL,
    `nameEn` VARCHAR(100) NOT NULL,
    `descriptionKo` TEXT NOT NULL,
    `descriptionEn` TEXT NOT NULL,
    `periodStart` DATE NULL,
    `periodEnd` DATE NULL,
    `shocks` JSON NOT NULL,
    `builtIn` BOOLEAN NOT NULL DEFAULT true,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
