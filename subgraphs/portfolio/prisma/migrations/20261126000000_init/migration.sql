-- CreateTable
CREATE TABLE `Portfolio` (
    `id` CHAR(36) NOT NULL,
    `ownerId` CHAR(36) NOT NULL,
    `name` VARCHAR(100) NOT NULL,
    `baseCurrency` CHAR(3) NOT NULL DEFAULT 'KRW',
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `Portfolio_ownerId_name_key`(`ownerId`, `name`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Transaction` (
    `id` CHAR(36) NOT NULL,
    `portfolioId` CHAR(36) NOT NULL,
    `sequence` INTEGER NOT NULL AUTO_INCREMENT,
    `type` ENUM('DEPOSIT', 'WITHDRAW', 'BUY', 'SELL', 'DIVIDEND') NOT NULL,
    `symbol` VARCHAR(12) NULL,
    `quantity` DECIMAL(24, 6) NULL,
    `price` DECIMAL(20, 4) NULL,
    `amount` DECIMAL(20, 4) NOT NULL,
    `fee` DECIMAL(20, 4) NOT NULL DEFAULT 0,
    `tax` DECIMAL(20, 4) NOT NULL DEFAULT 0,
    `occurredAt` DATETIME(3) NOT NULL,
    `note` VARCHAR(200) NULL,
    `idempotencyKey` VARCHAR(100) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `Transaction_sequence_key`(`sequence`),
    INDEX `Transaction_portfolioId_occurredAt_idx`(`portfolioId`, `occurredAt`),
    UNIQUE INDEX `Transaction_portfolioId_idempotencyKey_key`(`portfolioId`, `idempotencyKey`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Transaction` ADD CONSTRAINT `Transaction_portfolioId_fkey` FOREIGN KEY (`portfolioId`) REFERENCES `Portfolio`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
