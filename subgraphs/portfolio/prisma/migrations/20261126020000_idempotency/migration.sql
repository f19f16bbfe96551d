-- DropIndex
DROP INDEX `Transaction_portfolioId_idempotencyKey_key` ON `Transaction`;

-- AlterTable
ALTER TABLE `Transaction` DROP COLUMN `idempotencyKey`;

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
