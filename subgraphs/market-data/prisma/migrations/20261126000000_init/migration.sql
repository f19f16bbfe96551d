-- CreateTable
CREATE TABLE `Instrument` (
    `symbol` VARCHAR(12) NOT NULL,
    `nameKo` VARCHAR(100) NOT NULL,
    `nameEn` VARCHAR(100) NULL,
    `market` ENUM('KOSPI', 'KOSDAQ', 'KONEX') NOT NULL,
    `sector` VARCHAR(100) NULL,
    `tracked` BOOLEAN NOT NULL DEFAULT false,
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `Instrument_nameKo_idx`(`nameKo`),
    INDEX `Instrument_nameEn_idx`(`nameEn`),
    PRIMARY KEY (`symbol`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `DailyBar` (
    `symbol` VARCHAR(12) NOT NULL,
    `date` DATE NOT NULL,
    `open` DECIMAL(18, 2) NOT NULL,
    `high` DECIMAL(18, 2) NOT NULL,
    `low` DECIMAL(18, 2) NOT NULL,
    `close` DECIMAL(18, 2) NOT NULL,
    `volume` BIGINT NOT NULL,

    PRIMARY KEY (`symbol`, `date`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `DailyBar` ADD CONSTRAINT `DailyBar_symbol_fkey` FOREIGN KEY (`symbol`) REFERENCES `Instrument`(`symbol`) ON DELETE CASCADE ON UPDATE CASCADE;
