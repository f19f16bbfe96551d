import type { Mail } from './mailer.js';

/** The mails accounts sends, Korean first with English below, each with its one link. */

export function verifyEmailMail(to: string, link: string, hours: number): Mail {
  return {
    to,
    subject: '[capstone-trading] 이메일 주소를 확인하세요 / Confirm your e-mail address',
    text: [
      '가입을 마치려면 아래 링크를 여세요.',
      `링크는 ${hours}시간 동안 한 번만 쓸 수 있습니다. 가입한 적이 없다면 이 메일을 무시하세요.`,
      '',
      'To finish signing up, open the link below.',
      `It works once, for ${hours} hours. If you did not sign up, ignore this mail.`,
      '',
      link,
    ].join('\n'),
  };
}

export function alreadyRegisteredMail(to: string, resetLink: string, minutes: number): Mail {
  return {
    to,
    subject:
      '[capstone-trading] 이 주소로 가입 요청이 있었습니다 / A sign-up was tried with this address',
    text: [
      '이 주소로 이미 계정이 있습니다. 로그인하거나, 비밀번호를 잊었다면 아래 링크로 새로 정하세요.',
      `링크는 ${minutes}분 동안 한 번만 쓸 수 있습니다. 직접 요청한 것이 아니라면 이 메일을 무시하세요.`,
      '',
      'There is an account with this address already. Log in, or if you forgot the password, set a new one with the link below.',
      `It works once, for ${minutes} minutes. If this was not you, ignore this mail.`,
      '',
      resetLink,
    ].join('\n'),
  };
}

export function resetPasswordMail(to: string, link: string, minutes: number): Mail {
  return {
    to,
    subject: '[capstone-trading] 비밀번호 재설정 / Reset your password',
    text: [
      '아래 링크에서 새 비밀번호를 정하세요. 정하면 모든 기기에서 로그아웃됩니다.',
      `링크는 ${minutes}분 동안 한 번만 쓸 수 있습니다. 직접 요청한 것이 아니라면 이 메일을 무시하세요.`,
      '',
      'Set a new password with the link below. Doing so signs you out everywhere.',
      `It works once, for ${minutes} minutes. If you did not ask for this, ignore this mail.`,
      '',
      link,
    ].join('\n'),
  };
}
