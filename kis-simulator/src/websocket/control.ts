/** Control replies of KIS's real-time server (KIS_API.md §8.1; codes and texts from the KIS FAQ). */
export interface ControlReply {
  rtCd: '0' | '1';
  msgCd: string;
  msg1: string;
}

const reply = (rtCd: '0' | '1', msgCd: string, msg1: string): ControlReply => ({
  rtCd,
  msgCd,
  msg1,
});

export const CONTROL = {
  subscribed: reply('0', 'OPSP0000', 'SUBSCRIBE SUCCESS'),
  unsubscribed: reply('0', 'OPSP0001', 'UNSUBSCRIBE SUCCESS'),
  alreadySubscribed: reply('1', 'OPSP0002', 'ALREADY IN SUBSCRIBE'),
  notSubscribed: reply('1', 'OPSP0003', 'UNSUBSCRIBE ERROR(not found!)'),
  maxSubscriptions: reply('1', 'OPSP0008', 'MAX SUBSCRIBE OVER'),
  invalidApproval: reply('1', 'OPSP0011', 'invalid approval : NOT FOUND'),
  invalidTrId: reply('1', 'OPSP8991', 'SUBSCRIBE ERROR : invalid tr_id'),
  invalidTrKey: reply('1', 'OPSP8992', 'SUBSCRIBE ERROR : invalid tr_key'),
  appKeyInUse: reply('1', 'OPSP8996', 'ALREADY IN USE appkey'),
  invalidTrType: reply('1', 'OPSP8997', 'JSON PARSING ERROR : invalid tr_type'),
  invalidCusttype: reply('1', 'OPSP8998', 'JSON PARSING ERROR : invalid custtype'),
  inputNotFound: reply('1', 'OPSP9991', 'JSON PARSING ERROR : input not found'),
  bodyNotFound: reply('1', 'OPSP9992', 'JSON PARSING ERROR : body not found'),
  custtypeNotFound: reply('1', 'OPSP9997', 'JSON PARSING ERROR : custtype not found'),
  headerNotFound: reply('1', 'OPSP9998', 'JSON PARSING ERROR : header not found'),
  invalidJson: reply('1', 'OPSP9999', 'JSON PARSING ERROR : invalid json format'),
} as const;

export function controlFrame(
  trId: string,
  trKey: string,
  control: ControlReply,
  keys?: { iv: string; key: string },
): string {
  return JSON.stringify({
    header: { tr_id: trId, tr_key: trKey, encrypt: 'N' },
    body: {
      rt_cd: control.rtCd,
      msg_cd: control.msgCd,
      msg1: control.msg1,
      ...(keys ? { output: keys } : {}),
    },
  });
}
