/* Generated from the operation catalogue by `npm run operations`: do not edit. */
/** The sha256 the gateway knows each operation by (gateway/trusted-documents.json). */
export const AdminApiKeysHash = 'a6370e5518acd468c7ca882b96868baa46fb0adf5a79256402d1c7a1525a4a68';
export const AdminRevokeApiKeyHash =
  'ece7511947c60e6dca8c3d4daa7e5629192369d9ad59d25162cc058ef4a31ba6';
export const AdminUsersHash = 'a391fc3a61a19b1c93bb093a8829832ef70a87440cfd767c081e7ae92f033793';
export const ApiKeysHash = '8ec0f512a6ac26934c4027b72401459febc34b5df9484e59d4e94633f028dccc';
export const CancelEtlRunHash = '4d78c225ea2e6a66aeaeefa27a9670f15f470f5657d1528415275713a146dc95';
export const CancelSimulationHash =
  'a0a066cd02a545341e8c07fbdc48ab9515ecd9cb8757b148206934eefae9d044';
export const ChangePasswordHash =
  'd83fbc5d187d3f0a78c702b6411b71a07f64f7afbaad3f1e77053bb4d975688c';
export const CompleteExternalLoginHash =
  'fc9c518ffd7bfc2cfbec78e1c2a84f86da17674d39401e7111480441053f136a';
export const ConfirmTotpHash = 'c387fede781542f8fd2614bbe106cfe0cde3f2a89a96e125f217d410f9add0e1';
export const CreateApiKeyHash = '49f9588c458fc405bcd68e41b22b935273d7a5d2d03bdeb89e8fe480528efbfc';
export const CreatePortfolioHash =
  'f3422a1e884e16dbc6f3f1ba8daed0e128c88716f9aa7c5981f2cb3c8329d1f6';
export const CreatePortfolioWithHoldingsHash =
  '3d7653ae7ce9f6983ca31012d06646e2a87430be7dacbae9f35b78da93574597';
export const CreateScenarioHash =
  '2d033a60b8c431eb741866c1530bcc18c67fd71f38e08cfbe897d151658e3b7c';
export const DeletePortfolioHash =
  '63b053600b1c153a83a95a4432f25d11a603ccfb605d58a6de9f8cc8d9259054';
export const DeleteScenarioHash =
  '2e9a075c920639ec6ba8d68d8d5c7f736e73ec09ad4b28baa6cd1d38b5069dfc';
export const DisableTotpHash = 'edc5b09df1891472de4b6df2c53f1a9a11baad5c2a7316f2d0801b06c9e7a22d';
export const EnrolTotpHash = '1d6035e8fafaac5a07b91f0a255a13f5c6dd4527a7ea5891b6325d85094a220b';
export const EtlOverviewHash = '05ed5e1eb2a9962d9769cd11062d525588e4f7ade3a59556cb837aea8b5dca12';
export const ExternalLoginProvidersHash =
  'b01ea49a7a524b0b98173a2e42b7d73efa29f7dc2e95c56975849c06ffe04749';
export const GetForecastsHash = '85358b1004b81445c6a09137cdfbb6b5013b583617f4647ca572a16d8a4f1d7b';
export const GetInstrumentHash = '62b58ead24c4baaa1c31dc5f8dc55ee104c6bc35249d085fbb6ccd3929c282db';
export const GetPortfolioHash = 'c6d5016f59408415ddcd923ca43e3b6951bcda835091211dd65bb6783381918c';
export const GetPriceHistoryHash =
  '43368d56d69707efd98d265757bce547139a266e204ae79a60f884030383ba6e';
export const GetQuotesHash = 'c5600a0ef19f5ddff25d44f63d63d3fcc514ea98a104320bcd222a3c004a33d0';
export const GetRiskScoreHash = 'cf5243cf1fce22cdff4f69cbbb13c1a1746f7da5590bf90c49d64aee747764b5';
export const GetScenarioTemplateHash =
  'ce7ea85e699dda701eb2d6009254f6a5795216981b52bbc96cbd282c6f4c0e0b';
export const GetSimulationHash = 'e6b27a1a6083cbdb232969b1f5cff5105d9e50d8251571671719a4767447c30e';
export const ImportHoldingsCsvHash =
  '338ee6b6405e8191f124cdf857f8787db6e5560067d388b87b0e76a3f1ba9240';
export const InstrumentDirectoryHash =
  '7c9468c104d7effb3c69bae540f384ea735bf05ae070fbc93f79234f725a8071';
export const ListPortfoliosHash =
  '48e2876a5605724a156cb1252d4a7c3eb0a00afe39992e46cd42aa9543581ddf';
export const ListScenariosHash = '7f22beb0d5590864debe883fecabf3cdd19df76c61ecab10533720927822b7ca';
export const ListSimulationsHash =
  'fa52159b2942aac261a707b9dfc270a242b29cf507bf4fd796ae4bd48033de7c';
export const LogInHash = '72be9cc4dcdf1b0319e1c9f607117683c38c4de178df4f6e736932c44d90d60b';
export const LogOutHash = 'd418d3b13372c86098af01bc345811f70d0235e1fb036480504a12dae8c0fce2';
export const MarketIndicesHash = '85dae9785fb93fdf0f19eb4a87a25229de8fd94ca027c15198b1760e094cc1c6';
export const MeHash = '40a7938882a19e4f72e52233581d419ba64caeec74df9355afead629f64d68be';
export const ModelVersionsHash = 'f65aa0e44668d6964114fdb012fffa052b76d957ccd8e4be53cb39ea895194a3';
export const OptimizePortfolioHash =
  '9c8177b290c8543af2629cdf7c94c1504bb7224fe24841d5a2b8e76008853f40';
export const PortfolioDetailHash =
  '46389cc460c739176fc24714ece93643a5f379be8ec05614d5cb9f9461e8011c';
export const PortfoliosHash = '9db8a79fca03664e4d078f080a8d8a0ed12d131ed46e8a3e801216ecfdd26fdf';
export const PortfolioValueHistoryHash =
  'a2b458ab7b7b16e183bf0f3b27fa4b7680b704657ae501406479aa0ec3b640d1';
export const PromoteModelVersionHash =
  '1b3c3e1d8a3915d6f5a49c5a025ccd500986cc5c06da03cae10c44c1e95a00de';
export const QuoteUpdatedHash = 'a4c4cff8539f79f6136743425b5dbc727b84ae5214890f9bc34043c7fee726ab';
export const RecordLedgerEntryHash =
  '50b0764dfeb39db3c42aa12774d2c4cb94ee4524934e02dee165d781e1d2cb4e';
export const RecordTradeHash = '47cb1236c540441a01f59dad068328db0f1088d29c2af20ac9edf5d1145de449';
export const RefreshSessionHash =
  'e91b4afb085d2d490dd9ea264a640647a71709d25a96f1a17f43a551487cac18';
export const RenamePortfolioHash =
  'c72225abb64e03116b0b74a856b9fca1257507b88ddad9a53b090bddad2a43d0';
export const RequestPasswordResetHash =
  '4f9ebbd91e6f456137cad435baf1aa83c642e1273084f8a41f5b89f2da07cd2e';
export const ResetPasswordHash = 'e6b4f856c1bfcb5fa1a5840829f0191973b7dc356941d962c0da4adbf80c9589';
export const RevokeApiKeyHash = '320d5d5cc55e75bde6134d3c366afa3a7c9c2391113e33d80e8f414064de3afc';
export const RevokeSessionHash = '4754e7cd154297f25e68bd7182f0d1bbde4dde4d798c0e6fe1f82e6932c9367e';
export const RunBacktestHash = '6026c2cd2b756355a920063ff27e57cbb83bcf21e7f899bd8ef71ca36564fc97';
export const RunMonteCarloHash = '0132bd69a6d55cf51ea55e7971741d40f2e0e351c6b03c712318d11e108cac83';
export const RunStressTestHash = 'bad9f6459502fc0814c5dbfbeeb9fb4dbbb21f53ec91f44db0fe3deed91fb035';
export const SearchInstrumentsHash =
  '272a4b310dd87eef07eca9ce3915ae678710645aeca9f664dc0f0f0415c463ec';
export const SectorsHash = 'a65464de2489d5c163a2032a88e6ed08099799d215be52cc2baf502fdb1f37f7';
export const SessionsHash = '5e3ad0a781858d98d4413fd2addced92c84bfb016d66351a21afd56296970d01';
export const SetPortfolioCommissionRateHash =
  'b79e540fdf18d49933736be217f8097b32acf50c299f2da37190c8ba585fbaf2';
export const SignOutEverywhereHash =
  '6f490bbb6d26d1a14f68049a083304bfcfc1fc33c0421c803a9e89e519c5c508';
export const SignUpHash = '8b3b932a758ec23116d7db9cbc31b91b19632835acade72997107af445124a59';
export const SimulationProgressHash =
  '44659f80c97bf6aa200bdc5845e56230c1a2e1f727970edbca651eadaf956ff0';
export const SimulationReportHash =
  '1ffbe28c76b91a4b6aa18587eef8ec43a3ed273d56e034c92ca2b9398f7ee8c2';
export const StartExternalLoginHash =
  '54a7de30ee2cc688c39f109d2375c6fdbeee18851b3cb1d4576002b031ba2130';
export const TriggerEtlRunHash = '62d57ceb0e0e0f0809802c81c22c574e66b06583f18d7592586d5b821e778762';
export const UserScenariosHash = '6cc813275d70dac373c4f8d5835b9bc7157418f461b52e8e102f47e6a6604450';
export const VerifyEmailHash = '323b3c2ebdd2451dead31a629d91b9c242b4cd76f4f176140147b502cafb437c';
