/**
 * Every error the hub reports, by stable machine code. A released code is never renamed;
 * messages are templates whose `{name}` placeholders are filled from the error's params.
 * `docs/ERRORS.md` lists them for staff and integrators (a test keeps the two in step).
 */
export interface ErrorSpec {
  status: number;
  zh: string;
  en: string;
}

/**
 * A message template too long for one line, written in two parts. Its value is the parts joined and its type the
 * joined literal, so the `{name}` placeholders stay typed (hub-error.ts reads a code's params from the type).
 */
function joined<A extends string, B extends string>(head: A, tail: B): `${A}${B}` {
  return `${head}${tail}`;
}

export const ERROR_CATALOGUE = {
  // request and validation
  VALIDATION_FAILED: {
    status: 400,
    zh: '提交的数据不符合规范，共 {count} 处错误',
    en: 'The submitted data is invalid ({count} problems)',
  },
  BODY_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'Request body is too large' },
  BODY_MALFORMED: { status: 400, zh: '请求体无法解析：{reason}', en: 'The request body cannot be parsed: {reason}' },
  BODY_REQUIRED: {
    status: 400,
    zh: '本接口需要请求体（{accepted}）',
    en: 'This operation needs a request body ({accepted})',
  },
  TEXT_CHARACTER_INVALID: {
    status: 400,
    zh: '{pointer} 含有不允许的字符：{what}',
    en: '{pointer} contains a character that is not allowed: {what}',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的内容类型 {got}；本接口接受：{accepted}',
    en: 'Unsupported content type {got}; this operation accepts: {accepted}',
  },
  URI_TOO_LONG: {
    status: 414,
    zh: '请求地址的路径参数过长（每段至多 {max} 个字符）',
    en: 'A path parameter is too long (at most {max} characters each)',
  },
  REQUEST_MALFORMED: { status: 400, zh: '请求格式错误：{reason}', en: 'Malformed request: {reason}' },
  RATE_LIMITED: {
    status: 429,
    zh: '请求过于频繁（{scopeZh}每分钟至多 {max} 次），请于 {seconds} 秒后重试',
    en: 'Too many requests ({scope}: at most {max} a minute); retry in {seconds} s',
  },
  NOT_FOUND: { status: 404, zh: '未找到：{what}', en: 'Not found: {what}' },
  CONFLICT: { status: 409, zh: '数据冲突：{what}', en: 'Conflict: {what}' },
  INTERNAL: {
    status: 500,
    zh: '系统内部错误，请联系管理员并提供请求编号 {requestId}',
    en: 'Internal error; report request id {requestId}',
  },
  // authentication and authorisation
  UNAUTHENTICATED: { status: 401, zh: '缺少有效的接口密钥', en: 'A valid API key is required' },
  FORBIDDEN_DEPARTMENT: {
    status: 403,
    zh: '无权访问其他部门的数据',
    en: "This key may not access another department's items",
  },
  FORBIDDEN_ROLE: {
    status: 403,
    zh: '当前密钥无权执行此操作（需要 {role} 权限）',
    en: 'This key lacks the {role} role',
  },
  SIGN_IN_FAILED: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '连续登录失败次数过多，账号已锁定至 {until}',
    en: 'Too many failed sign-ins; the account is locked until {until}',
  },
  SIGN_IN_THROTTLED: {
    status: 429,
    zh: '该来源登录失败次数过多，请于 {until} 后再试（其他地点仍可登录）',
    en: 'Too many failed sign-ins from this address; try again after {until} (other places are not affected)',
  },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录', en: 'The session has expired; sign in again' },
  CSRF_INVALID: {
    status: 403,
    zh: '页面已过期或来源不明，请刷新后重试',
    en: 'Missing or invalid CSRF token; reload the page and try again',
  },
  ACCOUNT_INVALID: { status: 400, zh: '账号设置无效：{reason}', en: 'Invalid account: {reason}' },
  // identifiers
  USCC_INVALID: {
    status: 400,
    zh: '统一社会信用代码无效：{reason}',
    en: 'Invalid unified social credit code: {reason}',
  },
  ID_NUMBER_INVALID: { status: 400, zh: '居民身份证号码无效：{reason}', en: 'Invalid resident ID number: {reason}' },
  // calendar
  CALENDAR_YEAR_UNKNOWN: {
    status: 422,
    zh: '{year} 年的节假日安排尚未导入，无法计算工作日期限',
    en: 'No holiday schedule is loaded for {year}; working-day deadlines cannot be computed',
  },
  CALENDAR_FILE_INVALID: { status: 400, zh: '节假日文件有误：{reason}', en: 'Invalid holiday schedule file: {reason}' },
  CALENDAR_NOTICE_INVALID: {
    status: 400,
    zh: '节假日安排通知无法读取：{reason}',
    en: 'The holiday notice could not be read: {reason}',
  },
  // configuration and storage
  PROFILE_INVALID: { status: 500, zh: '辖区策略配置 {file} 有误', en: 'Jurisdiction policy profile {file} is invalid' },
  PROFILE_NOT_FOUND: {
    status: 500,
    zh: '找不到辖区策略配置 {name}',
    en: 'Jurisdiction policy profile {name} not found',
  },
  DATA_DIR_LOCKED: {
    status: 500,
    zh: '数据目录 {dir} 正被另一个枢纽进程使用，请先停止该进程或改用其他目录',
    en: 'Data directory {dir} is in use by another hub process; stop it or choose another directory',
  },
  MIGRATION_UNKNOWN: {
    status: 500,
    zh: '数据库已执行过本版本没有的迁移 {names}，请使用与数据库相符的枢纽版本',
    en: 'The database has migrations this version does not know ({names}); run the matching hub version',
  },
  MIGRATION_OUT_OF_ORDER: {
    status: 500,
    zh: '迁移 {names} 排在已执行的 {last} 之前，不能补跑',
    en: 'Migrations {names} sort before the already applied {last} and cannot be run now',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    zh: '数据库暂不可用，请稍后重试',
    en: 'The database is unavailable; retry later',
  },
  STORE_BUSY: {
    status: 503,
    zh: '内置数据库繁忙，{seconds} 秒内未能取得连接，请稍后重试',
    en: 'The embedded store was busy: no connection within {seconds} s; retry later',
  },
  STORE_REENTRANT: {
    status: 500,
    zh: '程序错误：在事务内使用了数据库根连接（{site}），请联系管理员',
    en: joined(
      'Programming error: the root database handle was used inside an open transaction at {site}; ',
      'use the transaction handle',
    ),
  },
  // catalogue
  CATALOGUE_IMPORT_INVALID: {
    status: 400,
    zh: '目录导入文件有 {count} 行错误',
    en: 'Catalogue import: {count} rows rejected',
  },
  FILE_ENCODING_UNKNOWN: { status: 400, zh: '无法识别文件编码 {encoding}', en: 'Unknown file encoding {encoding}' },
  FILE_LOOKS_UTF8: {
    status: 400,
    zh: '文件看起来是 UTF-8 编码（{bom}），与适配器设定的 {configured} 不符',
    en: 'The file looks like UTF-8 ({bom}), but the adapter is set to {configured}',
  },
  FILE_NOT_IN_ENCODING: {
    status: 400,
    zh: '文件不是有效的 {encoding} 编码：第 {byte} 字节无法解码',
    en: 'The file is not valid {encoding} at byte {byte}',
  },
  // file drop: a file or inbox entry that cannot be taken as it is
  FILE_BROKEN: {
    status: 400,
    zh: '文件在第 {line} 行无法继续读取：{reason}',
    en: 'The file cannot be read past line {line}: {reason}',
  },
  FILE_NO_DATA_ROWS: { status: 400, zh: '文件中没有数据行', en: 'The file has no data rows' },
  // the adapter SDK: extensions, settings and ownership, checked when the hub loads an adapter
  ADAPTER_EXTENSION_TAKEN: {
    status: 409,
    zh: '{kind} “{name}” 已由另一个扩展注册',
    en: 'The {kind} "{name}" is already registered by another extension',
  },
  ADAPTER_EXTENSION_UNKNOWN: {
    status: 400,
    zh: '适配器 {adapter} 使用的 {kind} “{name}” 未注册（已注册：{known}）；请先加载注册它的扩展包',
    en: joined(
      'Adapter {adapter} uses the {kind} "{name}", which is not registered (registered: {known}); ',
      'load the package that registers it first',
    ),
  },
  ADAPTER_SETTINGS_INVALID: {
    status: 400,
    zh: '适配器 {adapter} 的设置有 {count} 处错误',
    en: 'Adapter {adapter} has {count} invalid settings',
  },
  ADAPTER_OWNER_MISMATCH: {
    status: 400,
    zh: '适配器 {adapter} 映射的是{target}，只能由{owner}拥有，但清单中的部门是 {department}',
    en: joined(
      'Adapter {adapter} maps {targetEn}, which only {ownerEn} may own, ',
      'but its manifest names department {department}',
    ),
  },
  SHUANGGONGSHI_HEADER: {
    status: 400,
    zh: '文件表头不是双公示{kind}格式：{reason}',
    en: 'The header is not a 双公示 {kindEn} header: {reason}',
  },
  FILE_TIME_LIMIT: {
    status: 400,
    zh: '文件处理已连续 {seconds} 秒没有进展，已停止；已处理的记录保留，重新投放是安全的',
    en: joined(
      'Processing the file made no progress for {seconds} s and was stopped; ',
      'the records taken are kept and dropping it again is safe',
    ),
  },
  FILE_NAME_UNDECODABLE: {
    status: 400,
    zh: '文件名不是有效的 UTF-8（原始字节 {hex}），请用 UTF-8 文件名重新投放',
    en: 'The file name is not valid UTF-8 (bytes {hex}); drop it again under a UTF-8 name',
  },
  FILE_NAME_TOO_LONG: {
    status: 400,
    zh: '文件名长 {bytes} 字节，超过 {max} 字节，其回执文件名会超出 255 字节的系统限制',
    en: 'The file name is {bytes} bytes long; past {max} bytes its receipt name would exceed the 255-byte limit',
  },
  FILE_IS_DIRECTORY: {
    status: 400,
    zh: '收件目录中的 {name} 是一个目录，不是数据文件',
    en: '{name} in the inbox is a directory, not a data file',
  },
  FILE_IS_SYMLINK: {
    status: 400,
    zh: '收件目录中的 {name} 是符号链接；出于安全考虑不跟随链接，请放入文件本身',
    en: '{name} in the inbox is a symbolic link; links are not followed, drop the file itself',
  },
  FILE_NOT_REGULAR: {
    status: 400,
    zh: '收件目录中的 {name} 不是普通文件（管道、套接字或设备）',
    en: '{name} in the inbox is not a regular file (a pipe, socket or device)',
  },
  FILE_UNREADABLE: { status: 400, zh: '文件无法打开读取：{reason}', en: 'The file cannot be opened: {reason}' },
  // departments and liaisons
  LIAISON_NOTICE_TOO_SHORT: {
    status: 422,
    zh: '联络员变更须提前 {days} 个工作日报备，最早可于 {earliest} 生效',
    en: 'A liaison change must be filed {days} working days ahead; the earliest effective date is {earliest}',
  },
  // linkage
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    zh: '请求头须带 Idempotency-Key，重试时使用同一值',
    en: 'An Idempotency-Key header is required; reuse it when retrying',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    zh: 'Idempotency-Key {key} 已用于内容不同的另一次提交',
    en: 'Idempotency-Key {key} was already used for a different submission',
  },
  MATTER_NOT_IN_CATALOGUE: {
    status: 422,
    zh: '事项 {matter} 在 {date} 不在划转事项目录中',
    en: 'Matter {matter} is not in the transferred-matters catalogue on {date}',
  },
  CLAIM_NOT_ALLOWED: {
    status: 409,
    zh: '该推送当前状态为“{state}”，不能{action}',
    en: 'This delivery is {state}; it cannot be {action}',
  },
  DISPUTE_WINDOW_CLOSED: { status: 409, zh: '异议反馈期限已于 {due} 届满', en: 'The dispute window closed at {due}' },
  LICENSE_NOT_FOUND: {
    status: 404,
    zh: '找不到许可文书号为 {number} 的有效审批',
    en: 'No active approval with license document number {number}',
  },
  LICENSE_ACTION_CLOSED: {
    status: 409,
    zh: '该函告已处理（{state}）',
    en: 'This license action request is already {state}',
  },
  PUSH_CONTENT_INVALID: {
    status: 422,
    zh: '审批信息推送内容不全或有误（001 §7(一)2）：{fields}',
    en: 'The approval push lacks required content or has wrong content (001 §7(一)2): {fields}',
  },
  LICENSE_NUMBER_TAKEN: {
    status: 409,
    zh: '许可文书号 {number} 已是 {holder} 的有效许可；如确需取代，请在 supersedesLicense 中写明',
    en: joined(
      'License document number {number} already names an active license of {holder}; ',
      'say supersedesLicense to replace it',
    ),
  },
  LICENSE_COUNTERPART_MISMATCH: {
    status: 409,
    zh: '许可文书号 {number} 不属于相对人 {counterpart}',
    en: 'License document number {number} does not belong to counterpart {counterpart}',
  },
  MAJOR_MATTER_NEEDS_MEETING: {
    status: 422,
    zh: '事项 {matter} 为重要审批事项，须附联席会议纪要（jointMeetingRef）或经批准的免于会商记录（001 §5(8)）：{reason}',
    en: joined(
      'Matter {matter} is a major matter: attach a minuted joint meeting (jointMeetingRef) ',
      'or a recorded exemption (001 §5(8)): {reason}',
    ),
  },
  NOT_RESPONSIBLE_DEPARTMENT: {
    status: 403,
    zh: '部门 {department} 不负责该许可的监管',
    en: 'Department {department} does not supervise this license',
  },
  // joint work
  INQUIRY_CLOSED: {
    status: 409,
    zh: '该函询已{state}，不能再答复',
    en: 'This inquiry is already {state}; it can no longer be answered',
  },
  DRAW_NOT_ENOUGH_CANDIDATES: {
    status: 422,
    zh: '可抽取人员 {available} 名，少于需要的 {needed} 名',
    en: 'Only {available} eligible candidates for {needed} places',
  },
  NOT_CREDIT_APPROVAL_MATTER: {
    status: 422,
    zh: '事项 {matter} 不在信用审批（告知承诺）事项目录中，或核验方式不符',
    en: 'Matter {matter} is not a credit-approval (commitment) matter, or its verification mode differs',
  },
  SURVEY_NOTICE_TOO_SHORT: {
    status: 422,
    zh: '现场勘验、听证须至少提前 {days} 个工作日与监管部门对接，最早可安排在 {earliest}',
    en: 'Site surveys and hearings must be announced {days} working day(s) ahead; the earliest date is {earliest}',
  },
  PDF_SIGNATURE_INVALID: {
    status: 422,
    zh: '文件“{file}”的电子签名无效：签名不存在、文件签名后被改动，或签名无法用其证书验证',
    en: joined(
      'The digital signature of {file} does not hold: missing, the file changed after signing, ',
      'or it fails against its certificate',
    ),
  },
  SIGNED_BEFORE_SURVEY: {
    status: 422,
    zh: '现场勘验评审报告须在勘验（{scheduledFor}）之后由参加人员签字确认',
    en: 'The survey report can only be signed once the survey ({scheduledFor}) has taken place',
  },
  STEP_NOT_ALLOWED: {
    status: 409,
    zh: '当前状态为“{state}”，不能{action}',
    en: 'In state {state} this cannot be {action}',
  },
  // endpoints and egress
  ENDPOINT_PATH_REFUSED: {
    status: 400,
    zh: '文件交换目录只能位于 {root} 之下，不接受 {path}',
    en: 'A file-drop folder must lie under {root}; {path} is refused',
  },
  ENDPOINT_URL_REFUSED: {
    status: 400,
    zh: '不接受该推送地址：{reason}',
    en: 'This endpoint URL is refused: {reason}',
  },
  EXCHANGE_UNREACHABLE: {
    status: 503,
    zh: '无法连接交换服务器 {what}：{reason}',
    en: 'The exchange server {what} cannot be reached: {reason}',
  },
  OUTBOUND_MAPPING_FAILED: {
    status: 422,
    zh: '消息 {message}（{type}）无法按适配器 {adapter} 写成 {department} 的格式，未投递：{count} 处错误',
    en: joined(
      'Message {message} ({type}) cannot be written in the shape of {department} by adapter {adapter} ',
      'and was not delivered: {count} problems',
    ),
  },
  EXCHANGE_SETTINGS_INVALID: {
    status: 500,
    zh: '适配器 {adapter} 的交换设置有误：{reason}',
    en: 'The exchange settings of adapter {adapter} are invalid: {reason}',
  },
  ENDPOINT_PROPOSAL_CLOSED: {
    status: 409,
    zh: '端点变更申请 {id} 已处理（{state}），不能再审批',
    en: 'Endpoint change proposal {id} is already {state}',
  },
  // receipts
  RECEIPT_INVALID: { status: 400, zh: '回执签名校验失败：{reason}', en: 'Receipt signature check failed: {reason}' },
  // adapters
  XML_REJECTED: { status: 400, zh: 'XML 文档被拒绝：{reason}', en: 'XML document rejected: {reason}' },
  PAYLOAD_UNREADABLE: { status: 400, zh: '无法读取提交的数据：{reason}', en: 'The payload cannot be read: {reason}' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
