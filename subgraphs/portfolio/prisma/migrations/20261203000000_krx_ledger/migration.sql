-- Whole won and whole shares (KRX trades neither fractions of a share nor of a won); rates stay
-- DECIMAL. A SPLIT entry, how each fee and tax was arrived at, and a sale's settlement day.

-- AlterTable
ALTER TABLE `Portfolio` ADD COLUMN `commissionRate` DECIMAL(8, 6) NOT NULL DEFAULT 0.00015;

-- AlterTable
ALTER TABLE `Transaction` MODIFY `type` ENUM('DEPOSIT', 'WITHDRAW', 'BUY', 'SELL', 'DIVIDEND', 'SPLIT') NOT NULL,
    MODIFY `quantity` DECIMAL(15, 0) NULL,
    MODIFY `price` DECIMAL(15, 0) NULL,
    MODIFY `amount` DECIMAL(15, 0) NOT NULL,
    MODIFY `fee` DECIMAL(15, 0) NOT NULL DEFAULT 0,
    MODIFY `tax` DECIMAL(15, 0) NOT NULL DEFAULT 0,
    ADD COLUMN `feeMethod` ENUM('COMPUTED', 'GIVEN') NULL,
    ADD COLUMN `taxMethod` ENUM('COMPUTED', 'GIVEN') NULL,
    ADD COLUMN `taxRule` VARCHAR(60) NULL,
    ADD COLUMN `settlesOn` DATE NULL,
    ADD COLUMN `shareFactor` DECIMAL(18, 8) NULL,
    ADD COLUMN `corporateActionId` VARCHAR(20) NULL;

-- CreateIndex
CREATE UNIQUE INDEX `Transaction_portfolioId_corporateActionId_key` ON `Transaction`(`portfolioId`, `corporateActionId`);

-- CreateTable
CREATE TABLE `CorporateActionCursor` (
    `name` VARCHAR(40) NOT NULL,
    `lastId` INTEGER NOT NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`name`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
