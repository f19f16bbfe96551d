-- AlterTable
ALTER TABLE `Instrument` ADD COLUMN `kind` ENUM('COMMON_STOCK', 'PREFERRED_STOCK', 'ETF', 'ETN', 'REIT', 'OTHER') NOT NULL DEFAULT 'COMMON_STOCK',
    ADD COLUMN `securityGroup` VARCHAR(2) NULL,
    ADD COLUMN `sectorCode` VARCHAR(4) NULL,
    ADD COLUMN `delistedOn` DATE NULL,
    ADD COLUMN `masterSeenOn` DATE NULL,
    ADD COLUMN `halted` BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN `administrative` BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN `liquidationTrading` BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN `marketWarning` ENUM('NONE', 'CAUTION', 'WARNING', 'RISK') NOT NULL DEFAULT 'NONE',
    ADD COLUMN `parValue` DECIMAL(14, 2) NULL,
    ADD COLUMN `listedShares` BIGINT NULL,
    ADD COLUMN `marketCapAsOf` DATE NULL;

-- The sector labels so far (the demo seed's English words, the ETL's English names of KRX
-- industries) become codes of the one taxonomy (@capstone/krx-rules); the next master refresh
-- sets every instrument's code from the master file.
UPDATE `Instrument` SET `sectorCode` = CASE `sector`
    WHEN 'Semiconductors' THEN '0013'
    WHEN 'Batteries' THEN '0013'
    WHEN 'Internet' THEN '0029'
    WHEN 'Biotechnology' THEN '0009'
    WHEN 'Financials' THEN '0021'
    WHEN 'Consumer Staples' THEN '0005'
    WHEN 'Utilities' THEN '0017'
    WHEN 'Food, Beverage & Tobacco' THEN '0005'
    WHEN 'Textiles & Apparel' THEN '0006'
    WHEN 'Paper & Wood' THEN '0007'
    WHEN 'Chemicals' THEN '0008'
    WHEN 'Pharmaceuticals' THEN '0009'
    WHEN 'Non-metallic Minerals' THEN '0010'
    WHEN 'Metals' THEN '0011'
    WHEN 'Machinery & Equipment' THEN '0012'
    WHEN 'Electrical & Electronics' THEN '0013'
    WHEN 'Medical & Precision Instruments' THEN '0014'
    WHEN 'Transport Equipment & Parts' THEN '0015'
    WHEN 'Distribution' THEN '0016'
    WHEN 'Electricity & Gas' THEN '0017'
    WHEN 'Construction' THEN '0018'
    WHEN 'Transportation & Storage' THEN '0019'
    WHEN 'Telecommunications' THEN '0020'
    WHEN 'Finance' THEN '0021'
    WHEN 'Securities' THEN '0024'
    WHEN 'Insurance' THEN '0025'
    WHEN 'General Services' THEN '0026'
    WHEN 'Manufacturing' THEN '0027'
    WHEN 'Real Estate' THEN '0028'
    WHEN 'IT Services' THEN '0029'
    WHEN 'Entertainment & Culture' THEN '0030'
    WHEN '출판·매체복제' THEN '1022'
    WHEN '기타제조' THEN '1031'
    ELSE NULL
END;

-- AlterTable
ALTER TABLE `Instrument` DROP COLUMN `sector`;

-- AlterTable: bars collected so far kept only adjusted prices; until their instrument's history is
-- collected again they carry the adjusted close as the raw one.
ALTER TABLE `DailyBar` ADD COLUMN `rawClose` DECIMAL(18, 2) NULL,
    ADD COLUMN `splitRatio` DECIMAL(12, 6) NULL,
    ADD COLUMN `exDateCode` VARCHAR(2) NULL,
    ADD COLUMN `revaluationReason` VARCHAR(2) NULL;
UPDATE `DailyBar` SET `rawClose` = `close`;
ALTER TABLE `DailyBar` MODIFY `rawClose` DECIMAL(18, 2) NOT NULL;

-- CreateTable
CREATE TABLE `CorporateAction` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `symbol` VARCHAR(12) NOT NULL,
    `effectiveOn` DATE NOT NULL,
    `kind` ENUM('SPLIT', 'REVERSE_SPLIT', 'CAPITAL_CHANGE') NOT NULL,
    `shareFactor` DECIMAL(18, 8) NULL,
    `priceRatio` DECIMAL(12, 6) NULL,
    `reasonCode` VARCHAR(2) NULL,
    `source` ENUM('BAR_FLAGS', 'MASTER_FILE', 'ADJUSTMENT_CHANGE') NOT NULL,
    `detectedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `detectedByRunId` INTEGER NULL,
    `historyRecollectedAt` DATETIME(3) NULL,
    `recollectRunId` INTEGER NULL,
    `recollectedBars` INTEGER NULL,

    INDEX `CorporateAction_historyRecollectedAt_idx`(`historyRecollectedAt`),
    UNIQUE INDEX `CorporateAction_symbol_effectiveOn_kind_key`(`symbol`, `effectiveOn`, `kind`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `CalendarOverride` (
    `date` DATE NOT NULL,
    `open` BOOLEAN NOT NULL,
    `disagreed` BOOLEAN NOT NULL DEFAULT false,
    `fetchedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`date`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `CorporateAction` ADD CONSTRAINT `CorporateAction_symbol_fkey` FOREIGN KEY (`symbol`) REFERENCES `Instrument`(`symbol`) ON DELETE CASCADE ON UPDATE CASCADE;
