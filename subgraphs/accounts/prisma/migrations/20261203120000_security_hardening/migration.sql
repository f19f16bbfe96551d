-- Sealed TOTP secrets are longer than base32 ones; the start-up pass seals the existing ones.
ALTER TABLE `User` MODIFY `totpSecret` VARCHAR(255) NULL;

-- Private signing keys move to a sealed column; the start-up pass seals and clears the old one.
ALTER TABLE `SigningKey` MODIFY `privateJwk` JSON NULL,
    ADD COLUMN `privateKeySealed` TEXT NULL,
    ADD COLUMN `activatesAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);
UPDATE `SigningKey` SET `activatesAt` = `createdAt`;

-- Accounts stay as they are: an unverified one that logs in with its password is sent a link.

-- CreateTable
CREATE TABLE `EmailToken` (
    `id` CHAR(36) NOT NULL,
    `userId` CHAR(36) NOT NULL,
    `purpose` ENUM('VERIFY_EMAIL', 'RESET_PASSWORD') NOT NULL,
    `tokenHash` CHAR(64) NOT NULL,
    `expiresAt` DATETIME(3) NOT NULL,
    `usedAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `EmailToken_tokenHash_key`(`tokenHash`),
    INDEX `EmailToken_userId_purpose_idx`(`userId`, `purpose`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `EmailToken` ADD CONSTRAINT `EmailToken_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
