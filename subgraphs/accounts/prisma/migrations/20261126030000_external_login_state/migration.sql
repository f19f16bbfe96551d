-- CreateTable
CREATE TABLE `ExternalLoginState` (
    `state` VARCHAR(64) NOT NULL,
    `provider` VARCHAR(64) NOT NULL,
    `codeVerifier` VARCHAR(128) NOT NULL,
    `nonce` VARCHAR(64) NOT NULL,
    `redirectUri` VARCHAR(500) NOT NULL,
    `expiresAt` DATETIME(3) NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    PRIMARY KEY (`state`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
