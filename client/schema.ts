/**
 * Generated from openapi/openapi.json by openapi-typescript (`npm run client`). Do not edit by hand.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 进程存活；附带需要处理的提醒（如明年节假日安排未载入）
         * @description Liveness: the process answers.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可以服务（数据库可达）
         * @description Readiness: the database is reachable; 503 when it is not.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identifiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 校验统一社会信用代码或居民身份证号码
         * @description Checks a unified social credit code (GB 32100) or a resident ID number, check character included.
         */
        get: operations["checkIdentifier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已知节假日安排的年份
         * @description Years whose holiday schedule is known, with the source and the counts of holidays and workdays.
         */
        get: operations["listCalendarYears"];
        put?: never;
        /**
         * 导入某年的节假日安排（JSON 或 CSV：日期,类型,名称）
         * @description Loads a year's holiday schedule (JSON, or CSV date,type,name); provisional deadlines are recomputed.
         */
        post: operations["importCalendarYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某日是否为工作日
         * @description Whether a date is a working day in Asia/Shanghai, and the holiday name if any.
         */
        get: operations["getCalendarDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作日期限：事件当日不计，第 N 个工作日 24:00（北京时间）截止；未载入年份按法定最低安排暂定
         * @description Working-day deadline: the event day does not count; due at 24:00 Beijing time of the Nth working day.
         */
        get: operations["computeDeadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入国务院办公厅节假日安排通知原文：preview=true 只显示读出的安排，确认后 preview=false 载入
         * @description 导入国务院办公厅节假日安排通知原文：preview=true 只显示读出的安排，确认后 preview=false 载入
         */
        post: operations["postCalendarNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 节假日安排载入情况；本年或明年（自 calendar.nextYearWarningFrom 起）未载入时提醒
         * @description 节假日安排载入情况；本年或明年（自 calendar.nextYearWarningFrom 起）未载入时提醒
         */
        get: operations["getCalendarStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 部门列表
         * @description All departments with their channels.
         */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 部门详情
         * @description One department.
         */
        get: operations["getDepartment"];
        /**
         * 新建或修改部门（管理员）
         * @description Creates or changes a department (admin).
         */
        put: operations["saveDepartment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}/liaisons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 联络员（本部门或管理员）
         * @description A department's liaisons, current and scheduled (the department itself or an admin).
         */
        get: operations["listLiaisons"];
        put?: never;
        /**
         * 报备联络员（变更须按辖区策略提前报备，003 §8）
         * @description Files a liaison; a change must be filed the profile’s number of working days ahead.
         */
        post: operations["fileLiaison"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 接口密钥列表（不含密钥本身）
         * @description A department's API keys (prefix, roles, state; never the key itself).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * 签发接口密钥（管理员）
         * @description Issues an API key; the key is shown once in the answer (admin).
         */
        post: operations["issueApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 轮换密钥：签发新密钥并吊销旧密钥（管理员）
         * @description Issues a new key and revokes the old one (admin).
         */
        post: operations["rotateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 吊销密钥（管理员）
         * @description Revokes an API key (admin).
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某日有效的目录条目
         * @description Catalogue entries in force on a date (transferred matters or supervision matters).
         */
        get: operations["listCatalogueEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/{kind}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出目录（JSON，或 CSV：UTF-8 带 BOM / GB18030）
         * @description Exports the catalogue as JSON, or CSV in UTF-8 with BOM or GB18030.
         */
        get: operations["exportCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/{kind}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 目录条目（指定版本，或某日有效的版本）
         * @description One catalogue entry: a given version, or the version in force on a date.
         */
        get: operations["getCatalogueEntry"];
        put?: never;
        post?: never;
        /**
         * 自某日起移出目录（保留历史）（管理员）
         * @description Removes an entry from the catalogue from a date on, keeping its history (admin).
         */
        delete: operations["retireCatalogueEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/{kind}/{code}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 条目的全部版本（生效日期、作者、原因）
         * @description Every version of an entry with its effective date, author and reason.
         */
        get: operations["getCatalogueEntryHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/{kind}/{code}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 两个版本之间的字段差异
         * @description Field-by-field differences between two versions of an entry.
         */
        get: operations["diffCatalogueEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/matters/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修订划转事项，生成新版本（管理员）
         * @description Revises a transferred matter, creating a new version (admin).
         */
        put: operations["reviseMatter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/supervision-matters/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 修订监管事项，生成新版本（管理员）
         * @description Revises a supervision matter, creating a new version (admin).
         */
        put: operations["reviseSupervisionMatter"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量导入目录（CSV：UTF-8/GB18030，中文表头；或 JSON）。好的行导入，坏的行逐行报告（管理员）
         * @description Bulk import (CSV in UTF-8 or GB18030 with Chinese headers, or JSON): good rows are imported, bad rows reported by line (admin).
         */
        post: operations["importCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shuanggongshi/{kind}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出双公示文件（行政许可 XK_ / 行政处罚 CF_），按 2021 标准列序；CSV（GB18030 或 UTF-8）或 XLSX
         * @description A 双公示 file (XK_ licences or CF_ penalties) for a date range, in the 2021 standard's column order: CSV (GB18030 or UTF-8) or XLSX.
         */
        get: operations["exportShuanggongshi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shuanggongshi/{kind}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入双公示导出文件（CSV：UTF-8/GBK/GB18030，或 XLSX）。行政许可由审批局导入（默认只入库、不再推送），行政处罚由部门导入；逐条返回结果
         * @description Imports a 双公示 export (CSV in UTF-8/GBK/GB18030, or XLSX): XK_ by the bureau (a historical load unless push=true), CF_ by a department; every record's outcome in line order.
         */
        post: operations["importShuanggongshi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志（只增不改）。部门密钥只能查本部门
         * @description The append-only audit log; a department's key sees its own department's entries only.
         */
        get: operations["queryAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 校验审计日志哈希链：报告第一处断裂（被改、被删、顺序调换、被截断）（管理员）
         * @description 校验审计日志哈希链：报告第一处断裂（被改、被删、顺序调换、被截断）（管理员）
         */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 文书列表：本部门主送、抄送或发出的文书（审批局可见全部），新者在前
         * @description Official documents addressed to, copied to or issued by the caller’s department, newest first.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * 按需出具文书（如已在线认领事项的审批信息告知函）；已出具的返回原文书
         * @description Issues a document on request (e.g. the notification letter of an approval claimed online); an issued one is returned as is.
         */
        post: operations["issueDocumentOnDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 文书元数据
         * @description A document's metadata.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载文书 PDF（GB/T 9704 版式）
         * @description The document as a PDF laid out per GB/T 9704.
         */
        get: operations["downloadDocumentPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 以存档数据重新生成文书并比对（同一数据应得到逐字节相同的 PDF），并验证其 PAdES 电子签名
         * @description Renders the stored data again and compares: the same data gives a byte-identical PDF.
         */
        post: operations["verifyDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 出具月度通报 PDF（001 §7）；该月已出具的，返回已有文书
         * @description Issues the monthly report as a PDF; a month already issued returns the existing document.
         */
        post: operations["issueMonthlyReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 枢纽回执签名公钥（Ed25519，PEM）：部门可离线校验回执（shenguan receipt verify）
         * @description 枢纽回执签名公钥（Ed25519，PEM）：部门可离线校验回执（shenguan receipt verify）
         */
        get: operations["getReceiptsPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sign-in-blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 控制台登录限流：当前须等待或被封禁的来源地址与账号（管理员）
         * @description 控制台登录限流：当前须等待或被封禁的来源地址与账号（管理员）
         */
        get: operations["getSignInBlocks"];
        put?: never;
        post?: never;
        /**
         * 解除登录限流：某来源地址和/或某账号的失败计数与封禁（管理员，记入审计日志）
         * @description 解除登录限流：某来源地址和/或某账号的失败计数与封禁（管理员，记入审计日志）
         */
        delete: operations["deleteSignInBlocks"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审批信息推送：按目录路由到负责监管的部门，每个部门一条待认领推送（001 §7(一)）
         * @description Pushes an approval decision; it is routed by the catalogue to each responsible department as a delivery to claim. Needs an Idempotency-Key; a retry with the same key returns the first result (200).
         */
        post: operations["pushApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 更正推送：以更正后的审批信息取代原推送（处理异议）
         * @description Pushes a corrected approval that supersedes the original (the answer to a dispute).
         */
        post: operations["correctApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审批信息及各部门认领情况
         * @description An approval with each department’s delivery and claim state.
         */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 问责时间线：推送、投递、认领、异议、自动认领、决定，含操作者与时间
         * @description The approval's accountability timeline: push, delivery, claim, dispute, auto-claim, decisions, with actor and time.
         */
        get: operations["getApprovalTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本部门收件箱（分页，可按认领状态和期限筛选）
         * @description The department's inbox, keyset-paged, filtered by claim state, subject type and due time.
         */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 认领
         * @description Claims a delivery for the department.
         */
        post: operations["claimDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 异议反馈（退回推送方）
         * @description Disputes a delivery within the dispute window, sending it back to the sender with a reason.
         */
        post: operations["disputeDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/uphold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 推送方维持原推送：重新计算认领期限
         * @description The sender keeps the original push after a dispute; a fresh claim window starts.
         */
        post: operations["upholdDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 监管信息推送：处罚、责令停产停业、吊销、经营异常、失信名单及培训、法规标准调整等通知（001 §7(二)）
         * @description Pushes a supervision record (penalty, suspension, revocation, abnormal list, training, law change…) to the bureau. Needs an Idempotency-Key.
         */
        post: operations["pushSupervisionRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision-records/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回监管信息（如移出经营异常名录），信用影响随之解除
         * @description Withdraws a supervision record; its credit effect ends with it.
         */
        post: operations["withdrawSupervisionRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparts/{key}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 行政相对人信用状态：正常 / 严格准入 / 限制准入，及其依据
         * @description A counterpart's credit status (normal, strict or restricted admission) and the records behind it.
         */
        get: operations["getCreditStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparts/{key}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某行政相对人的全部审批、监管和处理记录（管理员）
         * @description Every approval, supervision record and action about a counterpart (admin).
         */
        get: operations["getCounterpartTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 函告：请求变更 / 撤回 / 撤销 / 注销 / 不予延期 / 换证，以文书号和持有人代码指明许可，附处罚依据及结果（001 §7(二)3，002 §15）
         * @description A supervising department asks the bureau to amend, withdraw, revoke or cancel a license, with the penalty basis.
         */
        post: operations["requestLicenseAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/license-actions/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审批局审核并作出处理决定；决定回推监管部门，并生成致原申请人函
         * @description The bureau's decision on a license-action request; it goes back to the department and a letter to the applicant is queued.
         */
        post: operations["decideLicenseAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revocation-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 利害关系人请求撤销许可：登记并发起联合调查（002 §15）
         * @description Registers an interested party’s request to revoke a license and opens a joint investigation.
         */
        post: operations["fileRevocationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revocation-requests/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 联合调查：记录核实情况
         * @description Records findings of the joint investigation.
         */
        post: operations["addRevocationFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revocation-requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 书面答复利害关系人；决定撤销的，同时撤销许可
         * @description Answers the interested party in writing; a decision to revoke revokes the license.
         */
        post: operations["answerRevocationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}/endpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置部门接收推送的端点（webhook、xml-http、file-drop）。管理员设置即时生效；部门密钥提交变更申请，经管理员批准后生效
         * @description Sets the department's delivery endpoint (signed webhook or an adapter transport); without one the department pulls its inbox.
         */
        put: operations["setDeliveryEndpoint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/endpoint-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 端点变更申请：管理员看全部，部门看本部门
         * @description 端点变更申请：管理员看全部，部门看本部门
         */
        get: operations["getEndpointProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/endpoint-proposals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批准端点变更申请（管理员），随即生效
         * @description 批准端点变更申请（管理员），随即生效
         */
        post: operations["postEndpointProposalsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/endpoint-proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 驳回端点变更申请（管理员）
         * @description 驳回端点变更申请（管理员）
         */
        post: operations["postEndpointProposalsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 投递监控：待投递、已投递、死信（管理员）
         * @description Delivery monitor: messages pending, delivered and dead-lettered (admin).
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新投递：一条消息，或某部门 / 全部死信（管理员）
         * @description Sends again one message, or a department's or all dead letters (admin).
         */
        post: operations["replayOutbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按部门统计某月推送与认领情况（001 §7 每月通报）；各项按事件发生的月份统计
         * @description Per-department counts of pushes and claims in a month.
         */
        get: operations["getMonthlyAccountability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 月度通报数据（001 §7）：审批信息、监管信息推送认领情况，函告，告知承诺核验；JSON 或 CSV
         * @description The monthly report's figures as JSON or CSV.
         */
        get: operations["getMonthlyReportData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 超时自动认领、逾期未认领、异议、推送迟延、异议报审改办清单（按部门、事件发生月份）
         * @description Auto-claimed, overdue and disputed deliveries by department and month.
         */
        get: operations["listAccountabilityItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 函询：逾期不答复视为同意（001 §12）
         * @description Sends a written inquiry; no answer by the deadline counts as consent.
         */
        post: operations["sendInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 函询详情
         * @description An inquiry with its answer or deemed consent.
         */
        get: operations["getInquiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 答复函询
         * @description Answers an inquiry.
         */
        post: operations["replyInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 专家库成员及人数提示（智囊团每部门 2–3 名，现场勘验专家库 1–2 名）
         * @description Expert pool members with size hints per pool.
         */
        get: operations["listExperts"];
        put?: never;
        /**
         * 推荐专家入库（本部门或管理员）
         * @description Recommends an expert to the pool (the department itself or an admin).
         */
        post: operations["recommendExpert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/draws/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 随机抽取专家：记录种子、候选名单和算法，任何人可复核（管理员）
         * @description Draws experts at random, recording seed, candidates and algorithm so anyone can re-check (admin).
         */
        post: operations["drawExperts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/draws/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 双随机：随机抽取检查对象，每个对象随机匹配至少两名执法人员
         * @description Double-random draw: inspection targets, each matched with at least two officers.
         */
        post: operations["drawInspections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/draws/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 复核抽取：按记录的种子重新抽取并检查记录链
         * @description Re-runs a draw from its recorded seed and checks the chain of records.
         */
        get: operations["verifyDraw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 告知承诺：记录告知内容与签署的承诺书，当场作出的决定连同承诺书推送；后置核验事项 10 个工作日内核验（001 §8）
         * @description Records a notice-and-commitment approval with the signed commitment; pushed with the decision; post-verification due in 10 working days.
         */
        post: operations["recordCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 后置核验结果（兑现 / 未兑现）；未兑现限期整改，逾期仍未兑现的撤销
         * @description Post-verification result; an unmet commitment gets a rectification period, then revocation.
         */
        post: operations["verifyCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/{id}/false-commitment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 监管部门发现虚假承诺：以函告请求撤销
         * @description A supervising department found a false commitment and asks for revocation.
         */
        post: operations["reportFalseCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commitments/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 逾期未核验的告知承诺
         * @description Commitments whose post-verification is overdue.
         */
        get: operations["listOverdueCommitments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accountability/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 某月告知承诺核验情况：按时核验、逾期核验、逾期未核验、整改中、已撤销
         * @description A month's post-verification figures: on time, late, overdue, rectifying, revoked.
         */
        get: operations["getCommitmentAccountability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/special-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发起特别审查程序：按目录独立实施，或以联办通知单 / 委托书推送监管部门（003 §9(二)，§13）；勘验、听证须提前对接（001 §10–11）
         * @description Starts a special review, handled alone or sent to supervising departments jointly or by entrustment.
         */
        post: operations["startSpecialReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/special-reviews/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 联络员分派承办人员
         * @description The liaison assigns the officer in charge.
         */
        post: operations["assignSpecialReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/special-reviews/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审查结论（在时限内推送审批局）
         * @description The review conclusion, pushed to the bureau within the time limit.
         */
        post: operations["concludeSpecialReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/special-reviews/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 现场勘验评审报告（审批局出具）
         * @description The site-survey report written by the bureau.
         */
        post: operations["writeSurveyReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/special-reviews/{id}/report/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 勘验报告签字确认（审批局与监管部门各自签署）
         * @description Signs the survey report (bureau and supervising department each sign).
         */
        post: operations["signSurveyReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/historical-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 行政许可历史遗留问题：监管部门出具书面审核意见 → 整改 → 核验 → 审批局处理（001 §13）
         * @description Opens a historical license issue: written opinion, rectification, verification, decision.
         */
        post: operations["startHistoricalReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/historical-reviews/{id}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 历史遗留问题的下一步：opinion 书面意见 / rectified 整改完成 / verified 核验 / decided 处理决定
         * @description The next step of a historical issue: opinion, rectified, verified or decided.
         */
        post: operations["advanceHistoricalReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 召集联席会议（重要审批事项会商）
         * @description Calls a joint meeting on a major matter.
         */
        post: operations["callJointMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/joint-meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 会议纪要与决定（决定关联审批信息）
         * @description Minutes and decisions of a joint meeting, linked to the approvals they concern.
         */
        post: operations["recordMeetingMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/adapters/{name}/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 部门系统按自身格式（JSON 或 XML ExchangeMessage）提交数据，逐条返回结果
         * @description A department system posts data in its own format (JSON, or an XML ExchangeMessage); the adapter maps each record and the answer gives each record's result.
         */
        post: operations["postAdapterInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ErrorBody 错误 */
        ErrorBody: {
            /** @description stable machine code, see docs/ERRORS.md */
            code: string;
            message: {
                zh: string;
                en: string;
            };
            details: {
                code?: string;
                pointer?: string;
                field?: string;
                /** Format: int64 */
                line?: number;
                zh: string;
                en: string;
            }[];
            requestId?: string;
        };
        /** Delivery 推送 */
        Delivery: {
            id: string;
            /** @enum {string} */
            subjectType: "approval" | "supervision-record" | "license-action" | "license-decision" | "revocation-request" | "inquiry" | "special-review" | "commitment-check" | "dispute-escalation" | "catalogue-change";
            subjectId: string;
            recipient: string;
            via: string | null;
            /** @description online 在线推送 / letter 函件告知 */
            channel: string;
            /**
             * @description pending 待认领 / claimed 已认领 / auto-claimed 超时自动认领 / escalated / disputed 异议 / superseded / not-required
             * @enum {string}
             */
            claimState: "pending" | "claimed" | "auto-claimed" | "escalated" | "disputed" | "superseded" | "not-required";
            claimDueAt: string | null;
            disputeDueAt: string | null;
            /** @description 期限按周一至周五推定（该年节假日安排未导入） */
            deadlineProvisional: boolean;
            claimedAt: string | null;
            claimedBy: string | null;
            disputeReason: string | null;
            resolution: string | null;
            responsibleFrom: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** Document 文书 */
        Document: {
            id: string;
            kind: string;
            /** @description 文书种类中文名 */
            kindName: string;
            number: string | null;
            title: string;
            /** @description 发文部门代码 */
            issuer: string;
            subject: {
                type: string;
                id: string;
            };
            /** @description 可下载的部门（审批局均可） */
            audience: string[];
            sha256: string;
            /** Format: int64 */
            pages: number;
            /** Format: int64 */
            bytes: number;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description 下载地址 */
            pdf: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description 本窗口允许的请求数 — requests allowed in the window */
        "RateLimit-Limit": number;
        /** @description 本窗口剩余请求数 — requests left in the window */
        "RateLimit-Remaining": number;
        /** @description 窗口重置前的秒数 — seconds until the window resets */
        "RateLimit-Reset": number;
        /** @description 重试前等待的秒数 — seconds to wait before retrying */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        warnings?: {
                            code: string;
                            /** Format: int64 */
                            year: number;
                            zh: string;
                            en: string;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        profile: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    checkIdentifier: {
        parameters: {
            query?: {
                kind?: "uscc" | "id-number";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        kind: "uscc" | "id-number";
                        valid: boolean;
                        reason?: string;
                        zh: string;
                        en: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCalendarYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        year: number;
                        source: string;
                        /** Format: int64 */
                        holidays: number;
                        /** Format: int64 */
                        workdays: number;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importCalendarYear: {
        parameters: {
            query: {
                format: "json" | "csv";
                year?: number;
                source?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
                "text/csv": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        year: number;
                        source: string;
                        /** Format: int64 */
                        holidays: number;
                        /** Format: int64 */
                        workdays: number;
                        recomputed: {
                            /** Format: int64 */
                            deliveries: number;
                            /** Format: int64 */
                            inquiries: number;
                            /** Format: int64 */
                            commitments: number;
                            /** Format: int64 */
                            specialReviews: number;
                            /** Format: int64 */
                            reversed: number;
                            /** Format: int64 */
                            redated: number;
                            /**
                             * Format: int64
                             * @description 勘验、听证或联络员变更的提前通知不足（001 §10(四)、003 §8）
                             */
                            noticesShort: number;
                            /**
                             * Format: int64
                             * @description 重新核对的联络员变更（003 §8）
                             */
                            liaisons: number;
                            /**
                             * Format: int64
                             * @description 因撤回而不再出具的待出具文书
                             */
                            lettersWithdrawn: number;
                            /**
                             * Format: int64
                             * @description 为已出具文书排队的撤回告知函
                             */
                            withdrawalNotices: number;
                            /**
                             * Format: int64
                             * @description 重新计量且结果改变的推送迟延（001 §7(一)1、§7(二)1）
                             */
                            pushDelays: number;
                        };
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCalendarDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD（北京时间日历日） */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        working: boolean;
                        assumed: boolean;
                        provisional: boolean;
                        name?: string;
                        note?: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    computeDeadline: {
        parameters: {
            query: {
                /** @description YYYY-MM-DD 或 ISO 时刻（不存在的日期被拒绝） */
                from: string;
                days: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lastDay: string;
                        /** Format: date-time */
                        dueAt: string;
                        dueAtLocal: string;
                        provisional: boolean;
                        floorYears: number[];
                        note?: {
                            zh: string;
                            en: string;
                        };
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postCalendarNotices: {
        parameters: {
            query: {
                preview: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        preview: boolean;
                        /** Format: int64 */
                        year: number;
                        source: string;
                        documentNumber?: string;
                        days: {
                            date: string;
                            kind: string;
                            name: string;
                        }[];
                        outside: {
                            date: string;
                            kind: string;
                            name: string;
                        }[];
                        /** @description 读出的安排，供核对 */
                        text: string;
                        recomputed?: {
                            /** Format: int64 */
                            deliveries: number;
                            /** Format: int64 */
                            inquiries: number;
                            /** Format: int64 */
                            commitments: number;
                            /** Format: int64 */
                            specialReviews: number;
                            /** Format: int64 */
                            reversed: number;
                            /** Format: int64 */
                            redated: number;
                            /**
                             * Format: int64
                             * @description 勘验、听证或联络员变更的提前通知不足（001 §10(四)、003 §8）
                             */
                            noticesShort: number;
                            /**
                             * Format: int64
                             * @description 重新核对的联络员变更（003 §8）
                             */
                            liaisons: number;
                            /**
                             * Format: int64
                             * @description 因撤回而不再出具的待出具文书
                             */
                            lettersWithdrawn: number;
                            /**
                             * Format: int64
                             * @description 为已出具文书排队的撤回告知函
                             */
                            withdrawalNotices: number;
                            /**
                             * Format: int64
                             * @description 重新计量且结果改变的推送迟延（001 §7(一)1、§7(二)1）
                             */
                            pushDelays: number;
                        };
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCalendarStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: string;
                        warnFrom: string;
                        years: {
                            /** Format: int64 */
                            year: number;
                            source: string;
                            /** Format: int64 */
                            holidays: number;
                            /** Format: int64 */
                            workdays: number;
                        }[];
                        currentYearLoaded: boolean;
                        nextYearLoaded: boolean;
                        warnings: {
                            /** Format: int64 */
                            year: number;
                            zh: string;
                            en: string;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        code: string;
                        /** @description 部门名称 */
                        name: string;
                        /**
                         * @description bureau 行政审批服务局 / department 监管部门 / reform-office 审改办 / law-enforcement 综合执法部门 / higher-level 上级部门
                         * @enum {string}
                         */
                        kind: "bureau" | "department" | "reform-office" | "law-enforcement" | "higher-level";
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        forwardsTo?: string;
                        /** @default true */
                        onlineChannel: boolean;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        code: string;
                        /** @description 部门名称 */
                        name: string;
                        /**
                         * @description bureau 行政审批服务局 / department 监管部门 / reform-office 审改办 / law-enforcement 综合执法部门 / higher-level 上级部门
                         * @enum {string}
                         */
                        kind: "bureau" | "department" | "reform-office" | "law-enforcement" | "higher-level";
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        forwardsTo?: string;
                        /** @default true */
                        onlineChannel: boolean;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    saveDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    code: string;
                    /** @description 部门名称 */
                    name: string;
                    /**
                     * @description bureau 行政审批服务局 / department 监管部门 / reform-office 审改办 / law-enforcement 综合执法部门 / higher-level 上级部门
                     * @enum {string}
                     */
                    kind: "bureau" | "department" | "reform-office" | "law-enforcement" | "higher-level";
                    /** @description 统一社会信用代码 (GB 32100-2015) */
                    uscc?: string;
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    forwardsTo?: string;
                    /** @default true */
                    onlineChannel: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        code: string;
                        /** @description 部门名称 */
                        name: string;
                        /**
                         * @description bureau 行政审批服务局 / department 监管部门 / reform-office 审改办 / law-enforcement 综合执法部门 / higher-level 上级部门
                         * @enum {string}
                         */
                        kind: "bureau" | "department" | "reform-office" | "law-enforcement" | "higher-level";
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        forwardsTo?: string;
                        /** @default true */
                        onlineChannel: boolean;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listLiaisons: {
        parameters: {
            query?: {
                /** @description 含已离任和待生效 */
                all?: boolean;
            };
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 姓名 */
                        name: string;
                        /** @description 联系电话 */
                        phone: string;
                        /** @description 职务 */
                        position?: string;
                        /**
                         * @description primary 联络员 / deputy 分管领导或备岗
                         * @enum {string}
                         */
                        role: "primary" | "deputy";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD（北京时间日历日）
                         */
                        effectiveFrom: string;
                        /** Format: int64 */
                        id: number;
                        department: string;
                        effectiveTo: string | null;
                        /** Format: date-time */
                        filedAt: string;
                        filedBy: string;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    fileLiaison: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 姓名 */
                    name: string;
                    /** @description 联系电话 */
                    phone: string;
                    /** @description 职务 */
                    position?: string;
                    /**
                     * @description primary 联络员 / deputy 分管领导或备岗
                     * @enum {string}
                     */
                    role: "primary" | "deputy";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    effectiveFrom: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 姓名 */
                        name: string;
                        /** @description 联系电话 */
                        phone: string;
                        /** @description 职务 */
                        position?: string;
                        /**
                         * @description primary 联络员 / deputy 分管领导或备岗
                         * @enum {string}
                         */
                        role: "primary" | "deputy";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD（北京时间日历日）
                         */
                        effectiveFrom: string;
                        /** Format: int64 */
                        id: number;
                        department: string;
                        effectiveTo: string | null;
                        /** Format: date-time */
                        filedAt: string;
                        filedBy: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        department: string;
                        label: string;
                        roles: string[];
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    issueApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    label: string;
                    /**
                     * @default [
                     *       "system"
                     *     ]
                     */
                    roles: ("admin" | "system")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        department: string;
                        roles: string[];
                        /** @description 仅显示一次 / shown once */
                        key: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rotateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        department: string;
                        roles: string[];
                        /** @description 仅显示一次 / shown once */
                        key: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCatalogueEntries: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD（北京时间日历日） */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description matters 划转事项目录 / supervision-matters 监管事项清单 */
                kind: "matters" | "supervision-matters";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        code: string;
                        /** Format: int64 */
                        version: number;
                        effectiveFrom: string;
                        retired: boolean;
                        data: ({
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 事项名称 */
                            name: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            legalBasis: string[];
                            /** @default [] */
                            conditions: string[];
                            /** @default [] */
                            materials: {
                                /** @description 材料名称 */
                                name: string;
                                /** @default true */
                                required: boolean;
                                /** @description 示范文本 */
                                sampleText?: string;
                            }[];
                            /** @default [] */
                            process: string[];
                            /**
                             * Format: int32
                             * @description 承诺办理时限（工作日）
                             */
                            timeLimitDays: number;
                            /**
                             * @description 收费标准
                             * @default 不收费
                             */
                            fees: string;
                            /**
                             * @description 审批标准（由监管部门提供，003 §3）
                             * @default
                             */
                            approvalStandard: string;
                            /** @description 制式证照 */
                            licenseTemplate?: string;
                            /** @description 负责监管的部门代码 */
                            supervisionDepartments: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            transferDate: string;
                            /**
                             * @description 重要审批事项 (001 §5(8))
                             * @default false
                             */
                            major: boolean;
                            creditApproval?: {
                                /**
                                 * @description 免于现场核验 / 后置核验 (001 §8)
                                 * @enum {string}
                                 */
                                mode: "no-onsite-check" | "post-verification";
                                /** @default [] */
                                conditions: string[];
                                /** @default [] */
                                materials: string[];
                            };
                            /** @default [] */
                            specialReviews: {
                                /** @enum {string} */
                                procedure: "site-inspection" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "examination" | "assessment" | "expert-review" | "technical-review" | "hearing" | "stakeholder-opinion" | "collective-review";
                                /** @enum {string} */
                                handling: "independent" | "joint" | "entrusted";
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department?: string;
                                /** @description 受托第三方机构 */
                                thirdParty?: string;
                            }[];
                            /** @default [] */
                            pushList: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department: string;
                                fields: ("事项名称" | "行政相对人名称" | "法定代表人" | "联系方式" | "许可文号" | "许可类别" | "许可证书" | "许可内容" | "许可日期" | "有效期" | "许可机关" | "许可状态" | "决定类型" | "办理方式" | "综合许可证照面" | "告知承诺书" | "受理编号" | "数据来源" | "备注")[];
                            }[];
                            boundary?: {
                                /** @description 审批责任止于 */
                                approvalEndsAt: string;
                                /** @description 监管责任始于 */
                                supervisionStartsAt: string;
                            };
                        } | {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 监管事项名称 */
                            name: string;
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            department: string;
                            /** @description 监管对象 */
                            objects: string;
                            measures: string[];
                            legalBasis: string[];
                            /** @description 监管结果 */
                            results: string;
                            /**
                             * @description 监管层级
                             * @enum {string}
                             */
                            level: "national" | "provincial" | "municipal" | "county";
                            /** @description 反馈机制 */
                            feedback: string;
                            /**
                             * @description 关联的划转事项
                             * @default []
                             */
                            matterCodes: string[];
                        }) | null;
                        author: string;
                        reason: string;
                        /** Format: date-time */
                        createdAt: string;
                        changeType: string | null;
                        decisionRef: string | null;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportCatalogue: {
        parameters: {
            query: {
                format: "json" | "csv";
                encoding: "utf-8" | "gb18030";
                /** @description YYYY-MM-DD（北京时间日历日） */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description matters 划转事项目录 / supervision-matters 监管事项清单 */
                kind: "matters" | "supervision-matters";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 目录文件 — the catalogue as a JSON array or a CSV file with Chinese headers */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: {
                            [key: string]: unknown;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCatalogueEntry: {
        parameters: {
            query?: {
                version?: number;
                /** @description YYYY-MM-DD（北京时间日历日） */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description matters 划转事项目录 / supervision-matters 监管事项清单 */
                kind: "matters" | "supervision-matters";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        code: string;
                        /** Format: int64 */
                        version: number;
                        effectiveFrom: string;
                        retired: boolean;
                        data: ({
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 事项名称 */
                            name: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            legalBasis: string[];
                            /** @default [] */
                            conditions: string[];
                            /** @default [] */
                            materials: {
                                /** @description 材料名称 */
                                name: string;
                                /** @default true */
                                required: boolean;
                                /** @description 示范文本 */
                                sampleText?: string;
                            }[];
                            /** @default [] */
                            process: string[];
                            /**
                             * Format: int32
                             * @description 承诺办理时限（工作日）
                             */
                            timeLimitDays: number;
                            /**
                             * @description 收费标准
                             * @default 不收费
                             */
                            fees: string;
                            /**
                             * @description 审批标准（由监管部门提供，003 §3）
                             * @default
                             */
                            approvalStandard: string;
                            /** @description 制式证照 */
                            licenseTemplate?: string;
                            /** @description 负责监管的部门代码 */
                            supervisionDepartments: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            transferDate: string;
                            /**
                             * @description 重要审批事项 (001 §5(8))
                             * @default false
                             */
                            major: boolean;
                            creditApproval?: {
                                /**
                                 * @description 免于现场核验 / 后置核验 (001 §8)
                                 * @enum {string}
                                 */
                                mode: "no-onsite-check" | "post-verification";
                                /** @default [] */
                                conditions: string[];
                                /** @default [] */
                                materials: string[];
                            };
                            /** @default [] */
                            specialReviews: {
                                /** @enum {string} */
                                procedure: "site-inspection" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "examination" | "assessment" | "expert-review" | "technical-review" | "hearing" | "stakeholder-opinion" | "collective-review";
                                /** @enum {string} */
                                handling: "independent" | "joint" | "entrusted";
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department?: string;
                                /** @description 受托第三方机构 */
                                thirdParty?: string;
                            }[];
                            /** @default [] */
                            pushList: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department: string;
                                fields: ("事项名称" | "行政相对人名称" | "法定代表人" | "联系方式" | "许可文号" | "许可类别" | "许可证书" | "许可内容" | "许可日期" | "有效期" | "许可机关" | "许可状态" | "决定类型" | "办理方式" | "综合许可证照面" | "告知承诺书" | "受理编号" | "数据来源" | "备注")[];
                            }[];
                            boundary?: {
                                /** @description 审批责任止于 */
                                approvalEndsAt: string;
                                /** @description 监管责任始于 */
                                supervisionStartsAt: string;
                            };
                        } | {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 监管事项名称 */
                            name: string;
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            department: string;
                            /** @description 监管对象 */
                            objects: string;
                            measures: string[];
                            legalBasis: string[];
                            /** @description 监管结果 */
                            results: string;
                            /**
                             * @description 监管层级
                             * @enum {string}
                             */
                            level: "national" | "provincial" | "municipal" | "county";
                            /** @description 反馈机制 */
                            feedback: string;
                            /**
                             * @description 关联的划转事项
                             * @default []
                             */
                            matterCodes: string[];
                        }) | null;
                        author: string;
                        reason: string;
                        /** Format: date-time */
                        createdAt: string;
                        changeType: string | null;
                        decisionRef: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    retireCatalogueEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description matters 划转事项目录 / supervision-matters 监管事项清单 */
                kind: "matters" | "supervision-matters";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    effectiveFrom: string;
                    /** @description 变更原因（如法规政策调整及其文号） */
                    reason: string;
                    /** @description 调整决定文号（区政府或审改办的动态调整决定） */
                    decisionRef: string;
                    /**
                     * @description 划入 transfer-in / 调整 adjust（修订时）；取消 cancel / 下放 delegate / 转为备案 to-filing（移出时）
                     * @enum {string}
                     */
                    changeType?: "transfer-in" | "adjust" | "cancel" | "delegate" | "to-filing";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        code: string;
                        /** Format: int64 */
                        version: number;
                        effectiveFrom: string;
                        retired: boolean;
                        data: ({
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 事项名称 */
                            name: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            legalBasis: string[];
                            /** @default [] */
                            conditions: string[];
                            /** @default [] */
                            materials: {
                                /** @description 材料名称 */
                                name: string;
                                /** @default true */
                                required: boolean;
                                /** @description 示范文本 */
                                sampleText?: string;
                            }[];
                            /** @default [] */
                            process: string[];
                            /**
                             * Format: int32
                             * @description 承诺办理时限（工作日）
                             */
                            timeLimitDays: number;
                            /**
                             * @description 收费标准
                             * @default 不收费
                             */
                            fees: string;
                            /**
                             * @description 审批标准（由监管部门提供，003 §3）
                             * @default
                             */
                            approvalStandard: string;
                            /** @description 制式证照 */
                            licenseTemplate?: string;
                            /** @description 负责监管的部门代码 */
                            supervisionDepartments: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            transferDate: string;
                            /**
                             * @description 重要审批事项 (001 §5(8))
                             * @default false
                             */
                            major: boolean;
                            creditApproval?: {
                                /**
                                 * @description 免于现场核验 / 后置核验 (001 §8)
                                 * @enum {string}
                                 */
                                mode: "no-onsite-check" | "post-verification";
                                /** @default [] */
                                conditions: string[];
                                /** @default [] */
                                materials: string[];
                            };
                            /** @default [] */
                            specialReviews: {
                                /** @enum {string} */
                                procedure: "site-inspection" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "examination" | "assessment" | "expert-review" | "technical-review" | "hearing" | "stakeholder-opinion" | "collective-review";
                                /** @enum {string} */
                                handling: "independent" | "joint" | "entrusted";
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department?: string;
                                /** @description 受托第三方机构 */
                                thirdParty?: string;
                            }[];
                            /** @default [] */
                            pushList: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department: string;
                                fields: ("事项名称" | "行政相对人名称" | "法定代表人" | "联系方式" | "许可文号" | "许可类别" | "许可证书" | "许可内容" | "许可日期" | "有效期" | "许可机关" | "许可状态" | "决定类型" | "办理方式" | "综合许可证照面" | "告知承诺书" | "受理编号" | "数据来源" | "备注")[];
                            }[];
                            boundary?: {
                                /** @description 审批责任止于 */
                                approvalEndsAt: string;
                                /** @description 监管责任始于 */
                                supervisionStartsAt: string;
                            };
                        } | {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 监管事项名称 */
                            name: string;
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            department: string;
                            /** @description 监管对象 */
                            objects: string;
                            measures: string[];
                            legalBasis: string[];
                            /** @description 监管结果 */
                            results: string;
                            /**
                             * @description 监管层级
                             * @enum {string}
                             */
                            level: "national" | "provincial" | "municipal" | "county";
                            /** @description 反馈机制 */
                            feedback: string;
                            /**
                             * @description 关联的划转事项
                             * @default []
                             */
                            matterCodes: string[];
                        }) | null;
                        author: string;
                        reason: string;
                        /** Format: date-time */
                        createdAt: string;
                        changeType: string | null;
                        decisionRef: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCatalogueEntryHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description matters 划转事项目录 / supervision-matters 监管事项清单 */
                kind: "matters" | "supervision-matters";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        code: string;
                        /** Format: int64 */
                        version: number;
                        effectiveFrom: string;
                        retired: boolean;
                        data: ({
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 事项名称 */
                            name: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            legalBasis: string[];
                            /** @default [] */
                            conditions: string[];
                            /** @default [] */
                            materials: {
                                /** @description 材料名称 */
                                name: string;
                                /** @default true */
                                required: boolean;
                                /** @description 示范文本 */
                                sampleText?: string;
                            }[];
                            /** @default [] */
                            process: string[];
                            /**
                             * Format: int32
                             * @description 承诺办理时限（工作日）
                             */
                            timeLimitDays: number;
                            /**
                             * @description 收费标准
                             * @default 不收费
                             */
                            fees: string;
                            /**
                             * @description 审批标准（由监管部门提供，003 §3）
                             * @default
                             */
                            approvalStandard: string;
                            /** @description 制式证照 */
                            licenseTemplate?: string;
                            /** @description 负责监管的部门代码 */
                            supervisionDepartments: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            transferDate: string;
                            /**
                             * @description 重要审批事项 (001 §5(8))
                             * @default false
                             */
                            major: boolean;
                            creditApproval?: {
                                /**
                                 * @description 免于现场核验 / 后置核验 (001 §8)
                                 * @enum {string}
                                 */
                                mode: "no-onsite-check" | "post-verification";
                                /** @default [] */
                                conditions: string[];
                                /** @default [] */
                                materials: string[];
                            };
                            /** @default [] */
                            specialReviews: {
                                /** @enum {string} */
                                procedure: "site-inspection" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "examination" | "assessment" | "expert-review" | "technical-review" | "hearing" | "stakeholder-opinion" | "collective-review";
                                /** @enum {string} */
                                handling: "independent" | "joint" | "entrusted";
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department?: string;
                                /** @description 受托第三方机构 */
                                thirdParty?: string;
                            }[];
                            /** @default [] */
                            pushList: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department: string;
                                fields: ("事项名称" | "行政相对人名称" | "法定代表人" | "联系方式" | "许可文号" | "许可类别" | "许可证书" | "许可内容" | "许可日期" | "有效期" | "许可机关" | "许可状态" | "决定类型" | "办理方式" | "综合许可证照面" | "告知承诺书" | "受理编号" | "数据来源" | "备注")[];
                            }[];
                            boundary?: {
                                /** @description 审批责任止于 */
                                approvalEndsAt: string;
                                /** @description 监管责任始于 */
                                supervisionStartsAt: string;
                            };
                        } | {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 监管事项名称 */
                            name: string;
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            department: string;
                            /** @description 监管对象 */
                            objects: string;
                            measures: string[];
                            legalBasis: string[];
                            /** @description 监管结果 */
                            results: string;
                            /**
                             * @description 监管层级
                             * @enum {string}
                             */
                            level: "national" | "provincial" | "municipal" | "county";
                            /** @description 反馈机制 */
                            feedback: string;
                            /**
                             * @description 关联的划转事项
                             * @default []
                             */
                            matterCodes: string[];
                        }) | null;
                        author: string;
                        reason: string;
                        /** Format: date-time */
                        createdAt: string;
                        changeType: string | null;
                        decisionRef: string | null;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    diffCatalogueEntry: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                /** @description matters 划转事项目录 / supervision-matters 监管事项清单 */
                kind: "matters" | "supervision-matters";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "added" | "removed" | "changed";
                        pointer: string;
                        before?: unknown;
                        after?: unknown;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reviseMatter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    effectiveFrom: string;
                    /** @description 变更原因（如法规政策调整及其文号） */
                    reason: string;
                    /** @description 调整决定文号（区政府或审改办的动态调整决定） */
                    decisionRef: string;
                    /**
                     * @description 划入 transfer-in / 调整 adjust（修订时）；取消 cancel / 下放 delegate / 转为备案 to-filing（移出时）
                     * @enum {string}
                     */
                    changeType?: "transfer-in" | "adjust" | "cancel" | "delegate" | "to-filing";
                    /** Matter 划转事项 */
                    entry: {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        code: string;
                        /** @description 事项名称 */
                        name: string;
                        /**
                         * @description 许可类别 XK_XKLB
                         * @enum {string}
                         */
                        licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                        legalBasis: string[];
                        /** @default [] */
                        conditions: string[];
                        /** @default [] */
                        materials: {
                            /** @description 材料名称 */
                            name: string;
                            /** @default true */
                            required: boolean;
                            /** @description 示范文本 */
                            sampleText?: string;
                        }[];
                        /** @default [] */
                        process: string[];
                        /**
                         * Format: int32
                         * @description 承诺办理时限（工作日）
                         */
                        timeLimitDays: number;
                        /**
                         * @description 收费标准
                         * @default 不收费
                         */
                        fees: string;
                        /**
                         * @description 审批标准（由监管部门提供，003 §3）
                         * @default
                         */
                        approvalStandard: string;
                        /** @description 制式证照 */
                        licenseTemplate?: string;
                        /** @description 负责监管的部门代码 */
                        supervisionDepartments: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD（北京时间日历日）
                         */
                        transferDate: string;
                        /**
                         * @description 重要审批事项 (001 §5(8))
                         * @default false
                         */
                        major: boolean;
                        creditApproval?: {
                            /**
                             * @description 免于现场核验 / 后置核验 (001 §8)
                             * @enum {string}
                             */
                            mode: "no-onsite-check" | "post-verification";
                            /** @default [] */
                            conditions: string[];
                            /** @default [] */
                            materials: string[];
                        };
                        /** @default [] */
                        specialReviews: {
                            /** @enum {string} */
                            procedure: "site-inspection" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "examination" | "assessment" | "expert-review" | "technical-review" | "hearing" | "stakeholder-opinion" | "collective-review";
                            /** @enum {string} */
                            handling: "independent" | "joint" | "entrusted";
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            department?: string;
                            /** @description 受托第三方机构 */
                            thirdParty?: string;
                        }[];
                        /** @default [] */
                        pushList: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            department: string;
                            fields: ("事项名称" | "行政相对人名称" | "法定代表人" | "联系方式" | "许可文号" | "许可类别" | "许可证书" | "许可内容" | "许可日期" | "有效期" | "许可机关" | "许可状态" | "决定类型" | "办理方式" | "综合许可证照面" | "告知承诺书" | "受理编号" | "数据来源" | "备注")[];
                        }[];
                        boundary?: {
                            /** @description 审批责任止于 */
                            approvalEndsAt: string;
                            /** @description 监管责任始于 */
                            supervisionStartsAt: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        code: string;
                        /** Format: int64 */
                        version: number;
                        effectiveFrom: string;
                        retired: boolean;
                        data: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 事项名称 */
                            name: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            legalBasis: string[];
                            /** @default [] */
                            conditions: string[];
                            /** @default [] */
                            materials: {
                                /** @description 材料名称 */
                                name: string;
                                /** @default true */
                                required: boolean;
                                /** @description 示范文本 */
                                sampleText?: string;
                            }[];
                            /** @default [] */
                            process: string[];
                            /**
                             * Format: int32
                             * @description 承诺办理时限（工作日）
                             */
                            timeLimitDays: number;
                            /**
                             * @description 收费标准
                             * @default 不收费
                             */
                            fees: string;
                            /**
                             * @description 审批标准（由监管部门提供，003 §3）
                             * @default
                             */
                            approvalStandard: string;
                            /** @description 制式证照 */
                            licenseTemplate?: string;
                            /** @description 负责监管的部门代码 */
                            supervisionDepartments: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            transferDate: string;
                            /**
                             * @description 重要审批事项 (001 §5(8))
                             * @default false
                             */
                            major: boolean;
                            creditApproval?: {
                                /**
                                 * @description 免于现场核验 / 后置核验 (001 §8)
                                 * @enum {string}
                                 */
                                mode: "no-onsite-check" | "post-verification";
                                /** @default [] */
                                conditions: string[];
                                /** @default [] */
                                materials: string[];
                            };
                            /** @default [] */
                            specialReviews: {
                                /** @enum {string} */
                                procedure: "site-inspection" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "examination" | "assessment" | "expert-review" | "technical-review" | "hearing" | "stakeholder-opinion" | "collective-review";
                                /** @enum {string} */
                                handling: "independent" | "joint" | "entrusted";
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department?: string;
                                /** @description 受托第三方机构 */
                                thirdParty?: string;
                            }[];
                            /** @default [] */
                            pushList: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                department: string;
                                fields: ("事项名称" | "行政相对人名称" | "法定代表人" | "联系方式" | "许可文号" | "许可类别" | "许可证书" | "许可内容" | "许可日期" | "有效期" | "许可机关" | "许可状态" | "决定类型" | "办理方式" | "综合许可证照面" | "告知承诺书" | "受理编号" | "数据来源" | "备注")[];
                            }[];
                            boundary?: {
                                /** @description 审批责任止于 */
                                approvalEndsAt: string;
                                /** @description 监管责任始于 */
                                supervisionStartsAt: string;
                            };
                        } | null;
                        author: string;
                        reason: string;
                        /** Format: date-time */
                        createdAt: string;
                        changeType: string | null;
                        decisionRef: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reviseSupervisionMatter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    effectiveFrom: string;
                    /** @description 变更原因（如法规政策调整及其文号） */
                    reason: string;
                    /** @description 调整决定文号（区政府或审改办的动态调整决定） */
                    decisionRef: string;
                    /**
                     * @description 划入 transfer-in / 调整 adjust（修订时）；取消 cancel / 下放 delegate / 转为备案 to-filing（移出时）
                     * @enum {string}
                     */
                    changeType?: "transfer-in" | "adjust" | "cancel" | "delegate" | "to-filing";
                    /** SupervisionMatter 监管事项 */
                    entry: {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        code: string;
                        /** @description 监管事项名称 */
                        name: string;
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        department: string;
                        /** @description 监管对象 */
                        objects: string;
                        measures: string[];
                        legalBasis: string[];
                        /** @description 监管结果 */
                        results: string;
                        /**
                         * @description 监管层级
                         * @enum {string}
                         */
                        level: "national" | "provincial" | "municipal" | "county";
                        /** @description 反馈机制 */
                        feedback: string;
                        /**
                         * @description 关联的划转事项
                         * @default []
                         */
                        matterCodes: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: string;
                        code: string;
                        /** Format: int64 */
                        version: number;
                        effectiveFrom: string;
                        retired: boolean;
                        data: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 监管事项名称 */
                            name: string;
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            department: string;
                            /** @description 监管对象 */
                            objects: string;
                            measures: string[];
                            legalBasis: string[];
                            /** @description 监管结果 */
                            results: string;
                            /**
                             * @description 监管层级
                             * @enum {string}
                             */
                            level: "national" | "provincial" | "municipal" | "county";
                            /** @description 反馈机制 */
                            feedback: string;
                            /**
                             * @description 关联的划转事项
                             * @default []
                             */
                            matterCodes: string[];
                        } | null;
                        author: string;
                        reason: string;
                        /** Format: date-time */
                        createdAt: string;
                        changeType: string | null;
                        decisionRef: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importCatalogue: {
        parameters: {
            query: {
                format: "csv" | "json";
                /** @description matters 划转事项目录 / supervision-matters 监管事项清单 */
                kind?: "matters" | "supervision-matters";
                encoding?: "utf-8" | "gbk" | "gb18030";
                /** @description YYYY-MM-DD（北京时间日历日） */
                effectiveFrom?: string;
                reason?: string;
                /** @description 调整决定文号 */
                decisionRef?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/json": Record<string, never>;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fileEncoding: string;
                        imported: {
                            kind: string;
                            code: string;
                            /** Format: int64 */
                            version: number;
                            changed: boolean;
                            /** Format: int64 */
                            line?: number;
                        }[];
                        rejected: {
                            kind: string;
                            code?: string;
                            /** Format: int64 */
                            line?: number;
                            pointer?: string;
                            errors: {
                                field?: string;
                                /** Format: int64 */
                                line?: number;
                                pointer?: string;
                                code?: string;
                                zh: string;
                                en: string;
                            }[];
                        }[];
                        warnings: {
                            field?: string;
                            /** Format: int64 */
                            line?: number;
                            zh: string;
                            en: string;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportShuanggongshi: {
        parameters: {
            query: {
                /** @description YYYY-MM-DD（北京时间日历日） */
                from: string;
                /** @description YYYY-MM-DD（北京时间日历日） */
                to: string;
                /** @description decision 按决定日期 / recorded 按入库日期 */
                by: "decision" | "recorded";
                format: "csv" | "xlsx";
                encoding: "utf-8" | "gb18030";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                department?: string;
                /** @description 行政许可：末尾附“事项编码”列（标准外），便于再导入 */
                matterColumn: boolean;
            };
            header?: never;
            path: {
                /** @description xk 行政许可 / cf 行政处罚 */
                kind: "xk" | "cf";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 双公示文件 — the file, as exported */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    importShuanggongshi: {
        parameters: {
            query: {
                /** @description 行政许可：true 时逐条推送给各部门（默认只入库） */
                push: boolean;
                /** @description 代码（字母、数字、点、下划线、连字符） */
                matterCode?: string;
                encoding?: "utf-8" | "gbk" | "gb18030";
            };
            header?: never;
            path: {
                /** @description xk 行政许可 / cf 行政处罚 */
                kind: "xk" | "cf";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/octet-stream": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        records: number;
                        /** Format: int64 */
                        accepted: number;
                        /** Format: int64 */
                        duplicate: number;
                        /** Format: int64 */
                        rejected: number;
                        outcomes: {
                            /** Format: int64 */
                            line?: number;
                            status: string;
                            id?: string;
                            errors?: {
                                code?: string;
                                pointer?: string;
                                field?: string;
                                /** Format: int64 */
                                line?: number;
                                zh: string;
                                en: string;
                            }[];
                            warnings?: {
                                code?: string;
                                pointer?: string;
                                field?: string;
                                /** Format: int64 */
                                line?: number;
                                zh: string;
                                en: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    queryAudit: {
        parameters: {
            query?: {
                entityType?: string;
                entityId?: string;
                department?: string;
                /** @description 分页：返回编号小于此值的记录 */
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        id: number;
                        /** Format: date-time */
                        at: string;
                        actor: string;
                        action: string;
                        entityType: string;
                        entityId: string;
                        department: string | null;
                        before: unknown;
                        after: unknown;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        /**
                         * Format: int64
                         * @description 已入链并校验的记录数
                         */
                        entries: number;
                        /**
                         * Format: int64
                         * @description 已提交、尚待入链的记录数（已核对存在）
                         */
                        pending: number;
                        head: {
                            /** Format: int64 */
                            seq: number;
                            hash: string;
                        };
                        /** Format: int64 */
                        checkpoints: number;
                        firstBreak: {
                            /** @description edited | deleted | reordered | truncated | unchained */
                            kind: string;
                            /** Format: int64 */
                            seq: number;
                            entryId: number | null;
                            zh: string;
                            en: string;
                        } | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description approval-notification 审批信息告知函 / license-action-request 函告 / applicant-letter 致原申请人函 / revocation-answer 撤销申请答复函 / commitment 告知承诺书 / joint-handling-notice 特别审查程序联办通知单 / entrustment 委托书 / survey-report 现场勘验评审报告 / inquiry 函询函 / inquiry-reply 函询答复 / monthly-report 月度通报 / catalogue-change-notice 事项调整通知 / withdrawal-notice 撤回告知函 */
                kind?: "approval-notification" | "license-action-request" | "applicant-letter" | "revocation-answer" | "commitment" | "joint-handling-notice" | "entrustment" | "survey-report" | "inquiry" | "inquiry-reply" | "monthly-report" | "catalogue-change-notice" | "withdrawal-notice";
                subjectType?: string;
                subjectId?: string;
                limit?: number;
                /** @description 翻页：早于此时间 */
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"][];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    issueDocumentOnDemand: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "approval-notification" | "license-action-request" | "applicant-letter" | "revocation-answer" | "commitment" | "joint-handling-notice" | "entrustment" | "survey-report" | "inquiry" | "inquiry-reply" | "catalogue-change-notice" | "withdrawal-notice";
                    subjectId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    downloadDocumentPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF 文书 — the document (ETag is its SHA-256) */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        sha256: string;
                        regenerated: string;
                        identical: boolean;
                        signature: {
                            valid: boolean;
                            coversWholeFile: boolean;
                            digestMatches: boolean;
                            signatureVerifies: boolean;
                            signer: string | null;
                            issuer: string | null;
                            selfSigned: boolean;
                            signedAt: string | null;
                            certificateSha256: string | null;
                            signedRevisionLength: number | null;
                        };
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    issueMonthlyReport: {
        parameters: {
            query: {
                /** @description YYYY-MM */
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getReceiptsPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        alg: "Ed25519";
                        keyId: string;
                        publicKeyPem: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSignInBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null：该来源对所有账号 */
                        username: string | null;
                        /** @description null：该账号来自任何来源 */
                        source: string | null;
                        /** Format: int64 */
                        failures: number;
                        /** Format: date-time */
                        lastFailureAt: string;
                        /** Format: date-time */
                        blockedUntil: string;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteSignInBlocks: {
        parameters: {
            query?: {
                source?: string;
                username?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        cleared: number;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pushApproval: {
        parameters: {
            query?: never;
            header: {
                /** @description 客户端生成的唯一值；重试时使用同一值，不会重复登记 */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    matterCode: string;
                    /** Counterpart 行政相对人 */
                    counterpart: {
                        /** @description 行政相对人名称 */
                        name: string;
                        /**
                         * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                         * @enum {string}
                         */
                        category: "organisation" | "natural-person" | "individual-business";
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                        /** @description 行政相对人代码_2 工商注册号 */
                        registrationNumber?: string;
                        /** @description 行政相对人代码_3 组织机构代码 */
                        organisationCode?: string;
                        /** @description 行政相对人代码_4 税务登记号 */
                        taxRegistrationNumber?: string;
                        /** @description 行政相对人代码_5 事业单位证书号 */
                        institutionCertificateNumber?: string;
                        /** @description 行政相对人代码_6 社会组织登记证号 */
                        socialOrganisationNumber?: string;
                        /**
                         * @description 证件类型
                         * @enum {string}
                         */
                        idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                        /** @description 证件号码 */
                        idNumber?: string;
                        legalRepresentative?: {
                            /** @description 法定代表人 */
                            name: string;
                            /** @enum {string} */
                            idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                            idNumber?: string;
                        };
                        contact?: {
                            person?: string;
                            phone?: string;
                            address?: string;
                        };
                    };
                    /** @description 行政许可决定文书名称 XK_XKWS */
                    licenseDocumentName?: string;
                    /** @description 行政许可决定文书号 XK_WSH */
                    licenseDocumentNumber: string;
                    /**
                     * @description 许可类别 XK_XKLB
                     * @enum {string}
                     */
                    licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                    /** @description 许可证书名称 XK_XKZS */
                    certificateName?: string;
                    /** @description 许可编号 XK_XKBH */
                    certificateNumber?: string;
                    /** @description 许可内容 XK_NR */
                    content: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    decisionDate: string;
                    /**
                     * Format: date-time
                     * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                     */
                    decidedAt?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    validFrom: string;
                    /** @description 有效期至；长期为 long-term */
                    validTo: string | "long-term";
                    issuingAuthority: {
                        /** @description 机关名称 */
                        name: string;
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                    };
                    /**
                     * @description 当前状态 XK_ZT：有效 / 无效
                     * @default valid
                     * @enum {string}
                     */
                    status: "valid" | "invalid";
                    /**
                     * @description 设立 / 延续 / 变更 / 注销
                     * @enum {string}
                     */
                    decisionKind: "establish" | "renew" | "amend" | "cancel";
                    /**
                     * @description 普通 / 告知承诺 / 一业一证
                     * @enum {string}
                     */
                    mode: "ordinary" | "commitment" | "one-license";
                    /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                    integratedLicense?: {
                        /** @description 综合许可证名称 */
                        licenseName: string;
                        /** @description 综合许可证编号 */
                        licenseNumber: string;
                        matters: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 事项名称 */
                            name: string;
                        }[];
                    };
                    /** @description 告知承诺书编号 */
                    commitmentRef?: string;
                    /** @description 受理编号：关联此申请的特别审查程序结论 */
                    applicationRef?: string;
                    /** @description 明确取代同一文书号下其他相对人的有效许可 */
                    supersedesLicense?: {
                        /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                        counterpartCode: string;
                        /** @description 取代理由 */
                        reason: string;
                    };
                    /** @description 联席会议编号 */
                    jointMeetingRef?: string;
                    /** @description 重要审批事项免于联席会议的记录 */
                    majorExemption?: {
                        /** @description 免于会商的理由 */
                        reason: string;
                        /** @description 批准人 */
                        approvedBy: string;
                    };
                    dataSource?: {
                        /** @description 机关名称 */
                        name: string;
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                    };
                    /** @description 备注 BZ */
                    remarks?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        matterCode: string;
                        /**
                         * Format: int64
                         * @description 作出决定时有效的目录版本
                         */
                        matterVersion: number;
                        counterpartKey: string;
                        licenseDocumentNumber: string;
                        /** @description active / superseded */
                        state: string;
                        /** @description valid / amended / withdrawn / revoked / cancelled */
                        licenseStatus: string;
                        /** @description 已保留但被标记的问题，如统一社会信用代码校验位不符 */
                        flags: {
                            code?: string;
                            pointer?: string;
                            field?: string;
                            /** Format: int64 */
                            line?: number;
                            zh: string;
                            en: string;
                        }[];
                        /** @description 相对人处于严格准入或限制准入时的提示；正常时为 null */
                        creditWarning: {
                            counterpartKey: string;
                            /**
                             * @description normal 正常 / strict 严格准入 / restricted 限制准入
                             * @enum {string}
                             */
                            status: "normal" | "strict" | "restricted";
                            reasons: {
                                recordId: string;
                                kind: string;
                                department: string;
                                documentNumber: string | null;
                                decisionDate: string;
                                until: string | null;
                                /** @enum {string} */
                                effect: "strict" | "restricted";
                            }[];
                        } | null;
                        supersedes: string | null;
                        /** Format: date-time */
                        pushedAt: string;
                        pushedBy: string;
                        /** ApprovalDecision 审批信息 */
                        decision: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            matterCode: string;
                            /** Counterpart 行政相对人 */
                            counterpart: {
                                /** @description 行政相对人名称 */
                                name: string;
                                /**
                                 * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                 * @enum {string}
                                 */
                                category: "organisation" | "natural-person" | "individual-business";
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                                /** @description 行政相对人代码_2 工商注册号 */
                                registrationNumber?: string;
                                /** @description 行政相对人代码_3 组织机构代码 */
                                organisationCode?: string;
                                /** @description 行政相对人代码_4 税务登记号 */
                                taxRegistrationNumber?: string;
                                /** @description 行政相对人代码_5 事业单位证书号 */
                                institutionCertificateNumber?: string;
                                /** @description 行政相对人代码_6 社会组织登记证号 */
                                socialOrganisationNumber?: string;
                                /**
                                 * @description 证件类型
                                 * @enum {string}
                                 */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                /** @description 证件号码 */
                                idNumber?: string;
                                legalRepresentative?: {
                                    /** @description 法定代表人 */
                                    name: string;
                                    /** @enum {string} */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    idNumber?: string;
                                };
                                contact?: {
                                    person?: string;
                                    phone?: string;
                                    address?: string;
                                };
                            };
                            /** @description 行政许可决定文书名称 XK_XKWS */
                            licenseDocumentName?: string;
                            /** @description 行政许可决定文书号 XK_WSH */
                            licenseDocumentNumber: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            /** @description 许可证书名称 XK_XKZS */
                            certificateName?: string;
                            /** @description 许可编号 XK_XKBH */
                            certificateNumber?: string;
                            /** @description 许可内容 XK_NR */
                            content: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            decisionDate: string;
                            /**
                             * Format: date-time
                             * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                             */
                            decidedAt?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            validFrom: string;
                            /** @description 有效期至；长期为 long-term */
                            validTo: string | "long-term";
                            issuingAuthority: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /**
                             * @description 当前状态 XK_ZT：有效 / 无效
                             * @default valid
                             * @enum {string}
                             */
                            status: "valid" | "invalid";
                            /**
                             * @description 设立 / 延续 / 变更 / 注销
                             * @enum {string}
                             */
                            decisionKind: "establish" | "renew" | "amend" | "cancel";
                            /**
                             * @description 普通 / 告知承诺 / 一业一证
                             * @enum {string}
                             */
                            mode: "ordinary" | "commitment" | "one-license";
                            /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                            integratedLicense?: {
                                /** @description 综合许可证名称 */
                                licenseName: string;
                                /** @description 综合许可证编号 */
                                licenseNumber: string;
                                matters: {
                                    /** @description 代码（字母、数字、点、下划线、连字符） */
                                    code: string;
                                    /** @description 事项名称 */
                                    name: string;
                                }[];
                            };
                            /** @description 告知承诺书编号 */
                            commitmentRef?: string;
                            /** @description 受理编号：关联此申请的特别审查程序结论 */
                            applicationRef?: string;
                            /** @description 明确取代同一文书号下其他相对人的有效许可 */
                            supersedesLicense?: {
                                /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                                counterpartCode: string;
                                /** @description 取代理由 */
                                reason: string;
                            };
                            /** @description 联席会议编号 */
                            jointMeetingRef?: string;
                            /** @description 重要审批事项免于联席会议的记录 */
                            majorExemption?: {
                                /** @description 免于会商的理由 */
                                reason: string;
                                /** @description 批准人 */
                                approvedBy: string;
                            };
                            dataSource?: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /** @description 备注 BZ */
                            remarks?: string;
                        };
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        matterCode: string;
                        /**
                         * Format: int64
                         * @description 作出决定时有效的目录版本
                         */
                        matterVersion: number;
                        counterpartKey: string;
                        licenseDocumentNumber: string;
                        /** @description active / superseded */
                        state: string;
                        /** @description valid / amended / withdrawn / revoked / cancelled */
                        licenseStatus: string;
                        /** @description 已保留但被标记的问题，如统一社会信用代码校验位不符 */
                        flags: {
                            code?: string;
                            pointer?: string;
                            field?: string;
                            /** Format: int64 */
                            line?: number;
                            zh: string;
                            en: string;
                        }[];
                        /** @description 相对人处于严格准入或限制准入时的提示；正常时为 null */
                        creditWarning: {
                            counterpartKey: string;
                            /**
                             * @description normal 正常 / strict 严格准入 / restricted 限制准入
                             * @enum {string}
                             */
                            status: "normal" | "strict" | "restricted";
                            reasons: {
                                recordId: string;
                                kind: string;
                                department: string;
                                documentNumber: string | null;
                                decisionDate: string;
                                until: string | null;
                                /** @enum {string} */
                                effect: "strict" | "restricted";
                            }[];
                        } | null;
                        supersedes: string | null;
                        /** Format: date-time */
                        pushedAt: string;
                        pushedBy: string;
                        /** ApprovalDecision 审批信息 */
                        decision: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            matterCode: string;
                            /** Counterpart 行政相对人 */
                            counterpart: {
                                /** @description 行政相对人名称 */
                                name: string;
                                /**
                                 * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                 * @enum {string}
                                 */
                                category: "organisation" | "natural-person" | "individual-business";
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                                /** @description 行政相对人代码_2 工商注册号 */
                                registrationNumber?: string;
                                /** @description 行政相对人代码_3 组织机构代码 */
                                organisationCode?: string;
                                /** @description 行政相对人代码_4 税务登记号 */
                                taxRegistrationNumber?: string;
                                /** @description 行政相对人代码_5 事业单位证书号 */
                                institutionCertificateNumber?: string;
                                /** @description 行政相对人代码_6 社会组织登记证号 */
                                socialOrganisationNumber?: string;
                                /**
                                 * @description 证件类型
                                 * @enum {string}
                                 */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                /** @description 证件号码 */
                                idNumber?: string;
                                legalRepresentative?: {
                                    /** @description 法定代表人 */
                                    name: string;
                                    /** @enum {string} */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    idNumber?: string;
                                };
                                contact?: {
                                    person?: string;
                                    phone?: string;
                                    address?: string;
                                };
                            };
                            /** @description 行政许可决定文书名称 XK_XKWS */
                            licenseDocumentName?: string;
                            /** @description 行政许可决定文书号 XK_WSH */
                            licenseDocumentNumber: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            /** @description 许可证书名称 XK_XKZS */
                            certificateName?: string;
                            /** @description 许可编号 XK_XKBH */
                            certificateNumber?: string;
                            /** @description 许可内容 XK_NR */
                            content: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            decisionDate: string;
                            /**
                             * Format: date-time
                             * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                             */
                            decidedAt?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            validFrom: string;
                            /** @description 有效期至；长期为 long-term */
                            validTo: string | "long-term";
                            issuingAuthority: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /**
                             * @description 当前状态 XK_ZT：有效 / 无效
                             * @default valid
                             * @enum {string}
                             */
                            status: "valid" | "invalid";
                            /**
                             * @description 设立 / 延续 / 变更 / 注销
                             * @enum {string}
                             */
                            decisionKind: "establish" | "renew" | "amend" | "cancel";
                            /**
                             * @description 普通 / 告知承诺 / 一业一证
                             * @enum {string}
                             */
                            mode: "ordinary" | "commitment" | "one-license";
                            /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                            integratedLicense?: {
                                /** @description 综合许可证名称 */
                                licenseName: string;
                                /** @description 综合许可证编号 */
                                licenseNumber: string;
                                matters: {
                                    /** @description 代码（字母、数字、点、下划线、连字符） */
                                    code: string;
                                    /** @description 事项名称 */
                                    name: string;
                                }[];
                            };
                            /** @description 告知承诺书编号 */
                            commitmentRef?: string;
                            /** @description 受理编号：关联此申请的特别审查程序结论 */
                            applicationRef?: string;
                            /** @description 明确取代同一文书号下其他相对人的有效许可 */
                            supersedesLicense?: {
                                /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                                counterpartCode: string;
                                /** @description 取代理由 */
                                reason: string;
                            };
                            /** @description 联席会议编号 */
                            jointMeetingRef?: string;
                            /** @description 重要审批事项免于联席会议的记录 */
                            majorExemption?: {
                                /** @description 免于会商的理由 */
                                reason: string;
                                /** @description 批准人 */
                                approvedBy: string;
                            };
                            dataSource?: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /** @description 备注 BZ */
                            remarks?: string;
                        };
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    correctApproval: {
        parameters: {
            query?: never;
            header: {
                /** @description 客户端生成的唯一值；重试时使用同一值，不会重复登记 */
                "idempotency-key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    matterCode: string;
                    /** Counterpart 行政相对人 */
                    counterpart: {
                        /** @description 行政相对人名称 */
                        name: string;
                        /**
                         * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                         * @enum {string}
                         */
                        category: "organisation" | "natural-person" | "individual-business";
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                        /** @description 行政相对人代码_2 工商注册号 */
                        registrationNumber?: string;
                        /** @description 行政相对人代码_3 组织机构代码 */
                        organisationCode?: string;
                        /** @description 行政相对人代码_4 税务登记号 */
                        taxRegistrationNumber?: string;
                        /** @description 行政相对人代码_5 事业单位证书号 */
                        institutionCertificateNumber?: string;
                        /** @description 行政相对人代码_6 社会组织登记证号 */
                        socialOrganisationNumber?: string;
                        /**
                         * @description 证件类型
                         * @enum {string}
                         */
                        idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                        /** @description 证件号码 */
                        idNumber?: string;
                        legalRepresentative?: {
                            /** @description 法定代表人 */
                            name: string;
                            /** @enum {string} */
                            idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                            idNumber?: string;
                        };
                        contact?: {
                            person?: string;
                            phone?: string;
                            address?: string;
                        };
                    };
                    /** @description 行政许可决定文书名称 XK_XKWS */
                    licenseDocumentName?: string;
                    /** @description 行政许可决定文书号 XK_WSH */
                    licenseDocumentNumber: string;
                    /**
                     * @description 许可类别 XK_XKLB
                     * @enum {string}
                     */
                    licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                    /** @description 许可证书名称 XK_XKZS */
                    certificateName?: string;
                    /** @description 许可编号 XK_XKBH */
                    certificateNumber?: string;
                    /** @description 许可内容 XK_NR */
                    content: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    decisionDate: string;
                    /**
                     * Format: date-time
                     * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                     */
                    decidedAt?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    validFrom: string;
                    /** @description 有效期至；长期为 long-term */
                    validTo: string | "long-term";
                    issuingAuthority: {
                        /** @description 机关名称 */
                        name: string;
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                    };
                    /**
                     * @description 当前状态 XK_ZT：有效 / 无效
                     * @default valid
                     * @enum {string}
                     */
                    status: "valid" | "invalid";
                    /**
                     * @description 设立 / 延续 / 变更 / 注销
                     * @enum {string}
                     */
                    decisionKind: "establish" | "renew" | "amend" | "cancel";
                    /**
                     * @description 普通 / 告知承诺 / 一业一证
                     * @enum {string}
                     */
                    mode: "ordinary" | "commitment" | "one-license";
                    /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                    integratedLicense?: {
                        /** @description 综合许可证名称 */
                        licenseName: string;
                        /** @description 综合许可证编号 */
                        licenseNumber: string;
                        matters: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            code: string;
                            /** @description 事项名称 */
                            name: string;
                        }[];
                    };
                    /** @description 告知承诺书编号 */
                    commitmentRef?: string;
                    /** @description 受理编号：关联此申请的特别审查程序结论 */
                    applicationRef?: string;
                    /** @description 明确取代同一文书号下其他相对人的有效许可 */
                    supersedesLicense?: {
                        /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                        counterpartCode: string;
                        /** @description 取代理由 */
                        reason: string;
                    };
                    /** @description 联席会议编号 */
                    jointMeetingRef?: string;
                    /** @description 重要审批事项免于联席会议的记录 */
                    majorExemption?: {
                        /** @description 免于会商的理由 */
                        reason: string;
                        /** @description 批准人 */
                        approvedBy: string;
                    };
                    dataSource?: {
                        /** @description 机关名称 */
                        name: string;
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                    };
                    /** @description 备注 BZ */
                    remarks?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        matterCode: string;
                        /**
                         * Format: int64
                         * @description 作出决定时有效的目录版本
                         */
                        matterVersion: number;
                        counterpartKey: string;
                        licenseDocumentNumber: string;
                        /** @description active / superseded */
                        state: string;
                        /** @description valid / amended / withdrawn / revoked / cancelled */
                        licenseStatus: string;
                        /** @description 已保留但被标记的问题，如统一社会信用代码校验位不符 */
                        flags: {
                            code?: string;
                            pointer?: string;
                            field?: string;
                            /** Format: int64 */
                            line?: number;
                            zh: string;
                            en: string;
                        }[];
                        /** @description 相对人处于严格准入或限制准入时的提示；正常时为 null */
                        creditWarning: {
                            counterpartKey: string;
                            /**
                             * @description normal 正常 / strict 严格准入 / restricted 限制准入
                             * @enum {string}
                             */
                            status: "normal" | "strict" | "restricted";
                            reasons: {
                                recordId: string;
                                kind: string;
                                department: string;
                                documentNumber: string | null;
                                decisionDate: string;
                                until: string | null;
                                /** @enum {string} */
                                effect: "strict" | "restricted";
                            }[];
                        } | null;
                        supersedes: string | null;
                        /** Format: date-time */
                        pushedAt: string;
                        pushedBy: string;
                        /** ApprovalDecision 审批信息 */
                        decision: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            matterCode: string;
                            /** Counterpart 行政相对人 */
                            counterpart: {
                                /** @description 行政相对人名称 */
                                name: string;
                                /**
                                 * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                 * @enum {string}
                                 */
                                category: "organisation" | "natural-person" | "individual-business";
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                                /** @description 行政相对人代码_2 工商注册号 */
                                registrationNumber?: string;
                                /** @description 行政相对人代码_3 组织机构代码 */
                                organisationCode?: string;
                                /** @description 行政相对人代码_4 税务登记号 */
                                taxRegistrationNumber?: string;
                                /** @description 行政相对人代码_5 事业单位证书号 */
                                institutionCertificateNumber?: string;
                                /** @description 行政相对人代码_6 社会组织登记证号 */
                                socialOrganisationNumber?: string;
                                /**
                                 * @description 证件类型
                                 * @enum {string}
                                 */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                /** @description 证件号码 */
                                idNumber?: string;
                                legalRepresentative?: {
                                    /** @description 法定代表人 */
                                    name: string;
                                    /** @enum {string} */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    idNumber?: string;
                                };
                                contact?: {
                                    person?: string;
                                    phone?: string;
                                    address?: string;
                                };
                            };
                            /** @description 行政许可决定文书名称 XK_XKWS */
                            licenseDocumentName?: string;
                            /** @description 行政许可决定文书号 XK_WSH */
                            licenseDocumentNumber: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            /** @description 许可证书名称 XK_XKZS */
                            certificateName?: string;
                            /** @description 许可编号 XK_XKBH */
                            certificateNumber?: string;
                            /** @description 许可内容 XK_NR */
                            content: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            decisionDate: string;
                            /**
                             * Format: date-time
                             * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                             */
                            decidedAt?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            validFrom: string;
                            /** @description 有效期至；长期为 long-term */
                            validTo: string | "long-term";
                            issuingAuthority: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /**
                             * @description 当前状态 XK_ZT：有效 / 无效
                             * @default valid
                             * @enum {string}
                             */
                            status: "valid" | "invalid";
                            /**
                             * @description 设立 / 延续 / 变更 / 注销
                             * @enum {string}
                             */
                            decisionKind: "establish" | "renew" | "amend" | "cancel";
                            /**
                             * @description 普通 / 告知承诺 / 一业一证
                             * @enum {string}
                             */
                            mode: "ordinary" | "commitment" | "one-license";
                            /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                            integratedLicense?: {
                                /** @description 综合许可证名称 */
                                licenseName: string;
                                /** @description 综合许可证编号 */
                                licenseNumber: string;
                                matters: {
                                    /** @description 代码（字母、数字、点、下划线、连字符） */
                                    code: string;
                                    /** @description 事项名称 */
                                    name: string;
                                }[];
                            };
                            /** @description 告知承诺书编号 */
                            commitmentRef?: string;
                            /** @description 受理编号：关联此申请的特别审查程序结论 */
                            applicationRef?: string;
                            /** @description 明确取代同一文书号下其他相对人的有效许可 */
                            supersedesLicense?: {
                                /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                                counterpartCode: string;
                                /** @description 取代理由 */
                                reason: string;
                            };
                            /** @description 联席会议编号 */
                            jointMeetingRef?: string;
                            /** @description 重要审批事项免于联席会议的记录 */
                            majorExemption?: {
                                /** @description 免于会商的理由 */
                                reason: string;
                                /** @description 批准人 */
                                approvedBy: string;
                            };
                            dataSource?: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /** @description 备注 BZ */
                            remarks?: string;
                        };
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        matterCode: string;
                        /**
                         * Format: int64
                         * @description 作出决定时有效的目录版本
                         */
                        matterVersion: number;
                        counterpartKey: string;
                        licenseDocumentNumber: string;
                        /** @description active / superseded */
                        state: string;
                        /** @description valid / amended / withdrawn / revoked / cancelled */
                        licenseStatus: string;
                        /** @description 已保留但被标记的问题，如统一社会信用代码校验位不符 */
                        flags: {
                            code?: string;
                            pointer?: string;
                            field?: string;
                            /** Format: int64 */
                            line?: number;
                            zh: string;
                            en: string;
                        }[];
                        /** @description 相对人处于严格准入或限制准入时的提示；正常时为 null */
                        creditWarning: {
                            counterpartKey: string;
                            /**
                             * @description normal 正常 / strict 严格准入 / restricted 限制准入
                             * @enum {string}
                             */
                            status: "normal" | "strict" | "restricted";
                            reasons: {
                                recordId: string;
                                kind: string;
                                department: string;
                                documentNumber: string | null;
                                decisionDate: string;
                                until: string | null;
                                /** @enum {string} */
                                effect: "strict" | "restricted";
                            }[];
                        } | null;
                        supersedes: string | null;
                        /** Format: date-time */
                        pushedAt: string;
                        pushedBy: string;
                        /** ApprovalDecision 审批信息 */
                        decision: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            matterCode: string;
                            /** Counterpart 行政相对人 */
                            counterpart: {
                                /** @description 行政相对人名称 */
                                name: string;
                                /**
                                 * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                 * @enum {string}
                                 */
                                category: "organisation" | "natural-person" | "individual-business";
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                                /** @description 行政相对人代码_2 工商注册号 */
                                registrationNumber?: string;
                                /** @description 行政相对人代码_3 组织机构代码 */
                                organisationCode?: string;
                                /** @description 行政相对人代码_4 税务登记号 */
                                taxRegistrationNumber?: string;
                                /** @description 行政相对人代码_5 事业单位证书号 */
                                institutionCertificateNumber?: string;
                                /** @description 行政相对人代码_6 社会组织登记证号 */
                                socialOrganisationNumber?: string;
                                /**
                                 * @description 证件类型
                                 * @enum {string}
                                 */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                /** @description 证件号码 */
                                idNumber?: string;
                                legalRepresentative?: {
                                    /** @description 法定代表人 */
                                    name: string;
                                    /** @enum {string} */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    idNumber?: string;
                                };
                                contact?: {
                                    person?: string;
                                    phone?: string;
                                    address?: string;
                                };
                            };
                            /** @description 行政许可决定文书名称 XK_XKWS */
                            licenseDocumentName?: string;
                            /** @description 行政许可决定文书号 XK_WSH */
                            licenseDocumentNumber: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            /** @description 许可证书名称 XK_XKZS */
                            certificateName?: string;
                            /** @description 许可编号 XK_XKBH */
                            certificateNumber?: string;
                            /** @description 许可内容 XK_NR */
                            content: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            decisionDate: string;
                            /**
                             * Format: date-time
                             * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                             */
                            decidedAt?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            validFrom: string;
                            /** @description 有效期至；长期为 long-term */
                            validTo: string | "long-term";
                            issuingAuthority: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /**
                             * @description 当前状态 XK_ZT：有效 / 无效
                             * @default valid
                             * @enum {string}
                             */
                            status: "valid" | "invalid";
                            /**
                             * @description 设立 / 延续 / 变更 / 注销
                             * @enum {string}
                             */
                            decisionKind: "establish" | "renew" | "amend" | "cancel";
                            /**
                             * @description 普通 / 告知承诺 / 一业一证
                             * @enum {string}
                             */
                            mode: "ordinary" | "commitment" | "one-license";
                            /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                            integratedLicense?: {
                                /** @description 综合许可证名称 */
                                licenseName: string;
                                /** @description 综合许可证编号 */
                                licenseNumber: string;
                                matters: {
                                    /** @description 代码（字母、数字、点、下划线、连字符） */
                                    code: string;
                                    /** @description 事项名称 */
                                    name: string;
                                }[];
                            };
                            /** @description 告知承诺书编号 */
                            commitmentRef?: string;
                            /** @description 受理编号：关联此申请的特别审查程序结论 */
                            applicationRef?: string;
                            /** @description 明确取代同一文书号下其他相对人的有效许可 */
                            supersedesLicense?: {
                                /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                                counterpartCode: string;
                                /** @description 取代理由 */
                                reason: string;
                            };
                            /** @description 联席会议编号 */
                            jointMeetingRef?: string;
                            /** @description 重要审批事项免于联席会议的记录 */
                            majorExemption?: {
                                /** @description 免于会商的理由 */
                                reason: string;
                                /** @description 批准人 */
                                approvedBy: string;
                            };
                            dataSource?: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /** @description 备注 BZ */
                            remarks?: string;
                        };
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        matterCode: string;
                        /**
                         * Format: int64
                         * @description 作出决定时有效的目录版本
                         */
                        matterVersion: number;
                        counterpartKey: string;
                        licenseDocumentNumber: string;
                        /** @description active / superseded */
                        state: string;
                        /** @description valid / amended / withdrawn / revoked / cancelled */
                        licenseStatus: string;
                        /** @description 已保留但被标记的问题，如统一社会信用代码校验位不符 */
                        flags: {
                            code?: string;
                            pointer?: string;
                            field?: string;
                            /** Format: int64 */
                            line?: number;
                            zh: string;
                            en: string;
                        }[];
                        /** @description 相对人处于严格准入或限制准入时的提示；正常时为 null */
                        creditWarning: {
                            counterpartKey: string;
                            /**
                             * @description normal 正常 / strict 严格准入 / restricted 限制准入
                             * @enum {string}
                             */
                            status: "normal" | "strict" | "restricted";
                            reasons: {
                                recordId: string;
                                kind: string;
                                department: string;
                                documentNumber: string | null;
                                decisionDate: string;
                                until: string | null;
                                /** @enum {string} */
                                effect: "strict" | "restricted";
                            }[];
                        } | null;
                        supersedes: string | null;
                        /** Format: date-time */
                        pushedAt: string;
                        pushedBy: string;
                        /** ApprovalDecision 审批信息 */
                        decision: {
                            /** @description 代码（字母、数字、点、下划线、连字符） */
                            matterCode: string;
                            /** Counterpart 行政相对人 */
                            counterpart: {
                                /** @description 行政相对人名称 */
                                name: string;
                                /**
                                 * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                 * @enum {string}
                                 */
                                category: "organisation" | "natural-person" | "individual-business";
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                                /** @description 行政相对人代码_2 工商注册号 */
                                registrationNumber?: string;
                                /** @description 行政相对人代码_3 组织机构代码 */
                                organisationCode?: string;
                                /** @description 行政相对人代码_4 税务登记号 */
                                taxRegistrationNumber?: string;
                                /** @description 行政相对人代码_5 事业单位证书号 */
                                institutionCertificateNumber?: string;
                                /** @description 行政相对人代码_6 社会组织登记证号 */
                                socialOrganisationNumber?: string;
                                /**
                                 * @description 证件类型
                                 * @enum {string}
                                 */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                /** @description 证件号码 */
                                idNumber?: string;
                                legalRepresentative?: {
                                    /** @description 法定代表人 */
                                    name: string;
                                    /** @enum {string} */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    idNumber?: string;
                                };
                                contact?: {
                                    person?: string;
                                    phone?: string;
                                    address?: string;
                                };
                            };
                            /** @description 行政许可决定文书名称 XK_XKWS */
                            licenseDocumentName?: string;
                            /** @description 行政许可决定文书号 XK_WSH */
                            licenseDocumentNumber: string;
                            /**
                             * @description 许可类别 XK_XKLB
                             * @enum {string}
                             */
                            licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                            /** @description 许可证书名称 XK_XKZS */
                            certificateName?: string;
                            /** @description 许可编号 XK_XKBH */
                            certificateNumber?: string;
                            /** @description 许可内容 XK_NR */
                            content: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            decisionDate: string;
                            /**
                             * Format: date-time
                             * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                             */
                            decidedAt?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            validFrom: string;
                            /** @description 有效期至；长期为 long-term */
                            validTo: string | "long-term";
                            issuingAuthority: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /**
                             * @description 当前状态 XK_ZT：有效 / 无效
                             * @default valid
                             * @enum {string}
                             */
                            status: "valid" | "invalid";
                            /**
                             * @description 设立 / 延续 / 变更 / 注销
                             * @enum {string}
                             */
                            decisionKind: "establish" | "renew" | "amend" | "cancel";
                            /**
                             * @description 普通 / 告知承诺 / 一业一证
                             * @enum {string}
                             */
                            mode: "ordinary" | "commitment" | "one-license";
                            /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                            integratedLicense?: {
                                /** @description 综合许可证名称 */
                                licenseName: string;
                                /** @description 综合许可证编号 */
                                licenseNumber: string;
                                matters: {
                                    /** @description 代码（字母、数字、点、下划线、连字符） */
                                    code: string;
                                    /** @description 事项名称 */
                                    name: string;
                                }[];
                            };
                            /** @description 告知承诺书编号 */
                            commitmentRef?: string;
                            /** @description 受理编号：关联此申请的特别审查程序结论 */
                            applicationRef?: string;
                            /** @description 明确取代同一文书号下其他相对人的有效许可 */
                            supersedesLicense?: {
                                /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                                counterpartCode: string;
                                /** @description 取代理由 */
                                reason: string;
                            };
                            /** @description 联席会议编号 */
                            jointMeetingRef?: string;
                            /** @description 重要审批事项免于联席会议的记录 */
                            majorExemption?: {
                                /** @description 免于会商的理由 */
                                reason: string;
                                /** @description 批准人 */
                                approvedBy: string;
                            };
                            dataSource?: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /** @description 备注 BZ */
                            remarks?: string;
                        };
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getApprovalTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        actor: string;
                        action: string;
                        department: string | null;
                        after: unknown;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listInbox: {
        parameters: {
            query?: {
                /** @description 管理员查看某部门 */
                department?: string;
                /** @description 认领状态 */
                state?: "pending" | "claimed" | "auto-claimed" | "escalated" | "disputed" | "superseded" | "not-required";
                /** @description 推送内容的类型 */
                subjectType?: "approval" | "supervision-record" | "license-action" | "license-decision" | "revocation-request" | "inquiry" | "special-review" | "commitment-check" | "dispute-escalation" | "catalogue-change";
                dueBefore?: string;
                limit?: number;
                /** @description 分页游标：上一页的 next */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            subjectType: "approval" | "supervision-record" | "license-action" | "license-decision" | "revocation-request" | "inquiry" | "special-review" | "commitment-check" | "dispute-escalation" | "catalogue-change";
                            subjectId: string;
                            recipient: string;
                            via: string | null;
                            /** @description online 在线推送 / letter 函件告知 */
                            channel: string;
                            /**
                             * @description pending 待认领 / claimed 已认领 / auto-claimed 超时自动认领 / escalated / disputed 异议 / superseded / not-required
                             * @enum {string}
                             */
                            claimState: "pending" | "claimed" | "auto-claimed" | "escalated" | "disputed" | "superseded" | "not-required";
                            claimDueAt: string | null;
                            disputeDueAt: string | null;
                            /** @description 期限按周一至周五推定（该年节假日安排未导入） */
                            deadlineProvisional: boolean;
                            claimedAt: string | null;
                            claimedBy: string | null;
                            disputeReason: string | null;
                            resolution: string | null;
                            responsibleFrom: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            summary: {
                                matterCode: string | null;
                                counterpartName: string | null;
                                licenseDocumentNumber: string | null;
                                creditWarning: {
                                    counterpartKey: string;
                                    /**
                                     * @description normal 正常 / strict 严格准入 / restricted 限制准入
                                     * @enum {string}
                                     */
                                    status: "normal" | "strict" | "restricted";
                                    reasons: {
                                        recordId: string;
                                        kind: string;
                                        department: string;
                                        documentNumber: string | null;
                                        decisionDate: string;
                                        until: string | null;
                                        /** @enum {string} */
                                        effect: "strict" | "restricted";
                                    }[];
                                } | null;
                                supervisionKind: string | null;
                            };
                        }[];
                        /** @description 下一页游标；null 表示没有更多 */
                        next: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    claimDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disputeDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    upholdDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    pushSupervisionRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description 客户端生成的唯一值；重试时使用同一值，不会重复登记 */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "penalty" | "suspension-order" | "license-revocation" | "abnormal-operation" | "dishonest-list" | "training" | "regulation-change" | "standard-change" | "quota-control" | "planning-restriction";
                    /** Counterpart 行政相对人 */
                    counterpart?: {
                        /** @description 行政相对人名称 */
                        name: string;
                        /**
                         * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                         * @enum {string}
                         */
                        category: "organisation" | "natural-person" | "individual-business";
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                        /** @description 行政相对人代码_2 工商注册号 */
                        registrationNumber?: string;
                        /** @description 行政相对人代码_3 组织机构代码 */
                        organisationCode?: string;
                        /** @description 行政相对人代码_4 税务登记号 */
                        taxRegistrationNumber?: string;
                        /** @description 行政相对人代码_5 事业单位证书号 */
                        institutionCertificateNumber?: string;
                        /** @description 行政相对人代码_6 社会组织登记证号 */
                        socialOrganisationNumber?: string;
                        /**
                         * @description 证件类型
                         * @enum {string}
                         */
                        idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                        /** @description 证件号码 */
                        idNumber?: string;
                        legalRepresentative?: {
                            /** @description 法定代表人 */
                            name: string;
                            /** @enum {string} */
                            idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                            idNumber?: string;
                        };
                        contact?: {
                            person?: string;
                            phone?: string;
                            address?: string;
                        };
                    };
                    /** @description 行政处罚决定书文号 CF_WSH */
                    documentNumber?: string;
                    /** @description 违法行为类型 CF_WFXW */
                    violationType?: string;
                    /** @description 违法事实 CF_SY */
                    facts?: string;
                    /** @description 处罚依据 CF_YJ */
                    basis?: string;
                    /** @description 处罚类别 CF_CFLB */
                    penaltyCategories?: ("warning" | "circulated-criticism" | "fine" | "confiscation-of-gains" | "confiscation-of-property" | "confiscation" | "license-suspension" | "qualification-downgrade" | "license-revocation" | "business-restriction" | "production-suspension" | "closure" | "employment-restriction" | "detention" | "other")[];
                    /** @description 处罚内容 CF_NR / 通知内容 */
                    content: string;
                    /** @description 金额（万元），十进制字符串 */
                    fineWanYuan?: string;
                    /** @description 金额（万元），十进制字符串 */
                    confiscatedWanYuan?: string;
                    /** @description 暂扣或吊销证照名称及编号 CF_NR_ZKDX */
                    suspendedLicense?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    decisionDate: string;
                    /** @description 有效期至；长期为 long-term */
                    validUntil?: string | "long-term";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD（北京时间日历日）
                     */
                    publicUntil?: string;
                    authority: {
                        /** @description 机关名称 */
                        name: string;
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                    };
                    dataSource?: {
                        /** @description 机关名称 */
                        name: string;
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                    };
                    /** @description 关联许可文书号 */
                    relatedLicenseNumber?: string;
                    /** @description 通知标题 */
                    title?: string;
                    attachments?: {
                        /** @description 附件名称 */
                        name: string;
                        mediaType: string;
                        sha256: string;
                        url?: string;
                    }[];
                    remarks?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        source: string;
                        counterpartKey: string | null;
                        /** @description active / withdrawn */
                        state: string;
                        effectiveUntil: string | null;
                        /** Format: date-time */
                        pushedAt: string;
                        /** SupervisionRecord 监管信息 */
                        record: {
                            /** @enum {string} */
                            kind: "penalty" | "suspension-order" | "license-revocation" | "abnormal-operation" | "dishonest-list" | "training" | "regulation-change" | "standard-change" | "quota-control" | "planning-restriction";
                            /** Counterpart 行政相对人 */
                            counterpart?: {
                                /** @description 行政相对人名称 */
                                name: string;
                                /**
                                 * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                 * @enum {string}
                                 */
                                category: "organisation" | "natural-person" | "individual-business";
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                                /** @description 行政相对人代码_2 工商注册号 */
                                registrationNumber?: string;
                                /** @description 行政相对人代码_3 组织机构代码 */
                                organisationCode?: string;
                                /** @description 行政相对人代码_4 税务登记号 */
                                taxRegistrationNumber?: string;
                                /** @description 行政相对人代码_5 事业单位证书号 */
                                institutionCertificateNumber?: string;
                                /** @description 行政相对人代码_6 社会组织登记证号 */
                                socialOrganisationNumber?: string;
                                /**
                                 * @description 证件类型
                                 * @enum {string}
                                 */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                /** @description 证件号码 */
                                idNumber?: string;
                                legalRepresentative?: {
                                    /** @description 法定代表人 */
                                    name: string;
                                    /** @enum {string} */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    idNumber?: string;
                                };
                                contact?: {
                                    person?: string;
                                    phone?: string;
                                    address?: string;
                                };
                            };
                            /** @description 行政处罚决定书文号 CF_WSH */
                            documentNumber?: string;
                            /** @description 违法行为类型 CF_WFXW */
                            violationType?: string;
                            /** @description 违法事实 CF_SY */
                            facts?: string;
                            /** @description 处罚依据 CF_YJ */
                            basis?: string;
                            /** @description 处罚类别 CF_CFLB */
                            penaltyCategories?: ("warning" | "circulated-criticism" | "fine" | "confiscation-of-gains" | "confiscation-of-property" | "confiscation" | "license-suspension" | "qualification-downgrade" | "license-revocation" | "business-restriction" | "production-suspension" | "closure" | "employment-restriction" | "detention" | "other")[];
                            /** @description 处罚内容 CF_NR / 通知内容 */
                            content: string;
                            /** @description 金额（万元），十进制字符串 */
                            fineWanYuan?: string;
                            /** @description 金额（万元），十进制字符串 */
                            confiscatedWanYuan?: string;
                            /** @description 暂扣或吊销证照名称及编号 CF_NR_ZKDX */
                            suspendedLicense?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            decisionDate: string;
                            /** @description 有效期至；长期为 long-term */
                            validUntil?: string | "long-term";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            publicUntil?: string;
                            authority: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            dataSource?: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /** @description 关联许可文书号 */
                            relatedLicenseNumber?: string;
                            /** @description 通知标题 */
                            title?: string;
                            attachments?: {
                                /** @description 附件名称 */
                                name: string;
                                mediaType: string;
                                sha256: string;
                                url?: string;
                            }[];
                            remarks?: string;
                        };
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        source: string;
                        counterpartKey: string | null;
                        /** @description active / withdrawn */
                        state: string;
                        effectiveUntil: string | null;
                        /** Format: date-time */
                        pushedAt: string;
                        /** SupervisionRecord 监管信息 */
                        record: {
                            /** @enum {string} */
                            kind: "penalty" | "suspension-order" | "license-revocation" | "abnormal-operation" | "dishonest-list" | "training" | "regulation-change" | "standard-change" | "quota-control" | "planning-restriction";
                            /** Counterpart 行政相对人 */
                            counterpart?: {
                                /** @description 行政相对人名称 */
                                name: string;
                                /**
                                 * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                 * @enum {string}
                                 */
                                category: "organisation" | "natural-person" | "individual-business";
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                                /** @description 行政相对人代码_2 工商注册号 */
                                registrationNumber?: string;
                                /** @description 行政相对人代码_3 组织机构代码 */
                                organisationCode?: string;
                                /** @description 行政相对人代码_4 税务登记号 */
                                taxRegistrationNumber?: string;
                                /** @description 行政相对人代码_5 事业单位证书号 */
                                institutionCertificateNumber?: string;
                                /** @description 行政相对人代码_6 社会组织登记证号 */
                                socialOrganisationNumber?: string;
                                /**
                                 * @description 证件类型
                                 * @enum {string}
                                 */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                /** @description 证件号码 */
                                idNumber?: string;
                                legalRepresentative?: {
                                    /** @description 法定代表人 */
                                    name: string;
                                    /** @enum {string} */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    idNumber?: string;
                                };
                                contact?: {
                                    person?: string;
                                    phone?: string;
                                    address?: string;
                                };
                            };
                            /** @description 行政处罚决定书文号 CF_WSH */
                            documentNumber?: string;
                            /** @description 违法行为类型 CF_WFXW */
                            violationType?: string;
                            /** @description 违法事实 CF_SY */
                            facts?: string;
                            /** @description 处罚依据 CF_YJ */
                            basis?: string;
                            /** @description 处罚类别 CF_CFLB */
                            penaltyCategories?: ("warning" | "circulated-criticism" | "fine" | "confiscation-of-gains" | "confiscation-of-property" | "confiscation" | "license-suspension" | "qualification-downgrade" | "license-revocation" | "business-restriction" | "production-suspension" | "closure" | "employment-restriction" | "detention" | "other")[];
                            /** @description 处罚内容 CF_NR / 通知内容 */
                            content: string;
                            /** @description 金额（万元），十进制字符串 */
                            fineWanYuan?: string;
                            /** @description 金额（万元），十进制字符串 */
                            confiscatedWanYuan?: string;
                            /** @description 暂扣或吊销证照名称及编号 CF_NR_ZKDX */
                            suspendedLicense?: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            decisionDate: string;
                            /** @description 有效期至；长期为 long-term */
                            validUntil?: string | "long-term";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD（北京时间日历日）
                             */
                            publicUntil?: string;
                            authority: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            dataSource?: {
                                /** @description 机关名称 */
                                name: string;
                                /** @description 统一社会信用代码 (GB 32100-2015) */
                                uscc?: string;
                            };
                            /** @description 关联许可文书号 */
                            relatedLicenseNumber?: string;
                            /** @description 通知标题 */
                            title?: string;
                            attachments?: {
                                /** @description 附件名称 */
                                name: string;
                                mediaType: string;
                                sha256: string;
                                url?: string;
                            }[];
                            remarks?: string;
                        };
                        deliveries: components["schemas"]["Delivery"][];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    withdrawSupervisionRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCreditStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 统一社会信用代码或身份证号码 */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counterpartKey: string;
                        /**
                         * @description normal 正常 / strict 严格准入 / restricted 限制准入
                         * @enum {string}
                         */
                        status: "normal" | "strict" | "restricted";
                        reasons: {
                            recordId: string;
                            kind: string;
                            department: string;
                            documentNumber: string | null;
                            decisionDate: string;
                            until: string | null;
                            /** @enum {string} */
                            effect: "strict" | "restricted";
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCounterpartTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        actor: string;
                        action: string;
                        subject: string | null;
                        department: string | null;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestLicenseAction: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 许可文书号 */
                    licenseDocumentNumber: string;
                    /** @description 许可持有人代码（统一社会信用代码或证件号码），须与文书号一致 */
                    counterpartCode: string;
                    /** @enum {string} */
                    action: "amend" | "withdraw" | "revoke" | "cancel" | "refuse-renewal" | "replace";
                    /** @description 理由 */
                    reason: string;
                    penaltyBasis: {
                        /** @description 处罚决定书文号 */
                        documentNumber?: string;
                        /** @description 处罚依据 */
                        basis: string;
                        /** @description 处罚结果 */
                        result: string;
                    };
                    /** @default [] */
                    evidence: {
                        /** @description 附件名称 */
                        name: string;
                        mediaType: string;
                        sha256: string;
                        url?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        approvalId: string;
                        action: string;
                        state: string;
                        requestedBy: string;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        approvalId: string;
                        action: string;
                        state: string;
                        requestedBy: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    decideLicenseAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    /** @description 理由 */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                        letterId: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    fileRevocationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 许可文书号 */
                    licenseDocumentNumber: string;
                    /** @description 许可持有人代码（统一社会信用代码或证件号码） */
                    counterpartCode: string;
                    requester: {
                        /** @description 请求人 */
                        name: string;
                        contact?: string;
                    };
                    /** @description 请求理由 */
                    grounds: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        approvalId: string;
                        investigators: string[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    addRevocationFindings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 核实情况 */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        findings: unknown[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    answerRevocationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "revoke" | "dismiss";
                    /** @description 书面答复 */
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                        outcome: string;
                        letterId: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    setDeliveryEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 代码（字母、数字、点、下划线、连字符） */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description webhook，或适配器注册的传输方式 */
                    transport: string;
                    /** @description webhook：https 地址（http 仅限白名单主机）；file-drop：交换目录 exchange/<部门>/ 下的子目录 */
                    url?: string;
                    /** @description HMAC-SHA256 签名密钥 */
                    secret?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "active";
                        department: string;
                        transport: string;
                        url: string | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "proposed";
                        proposalId: string;
                        department: string;
                        transport: string;
                        url: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getEndpointProposals: {
        parameters: {
            query?: {
                state?: "proposed" | "approved" | "rejected" | "superseded";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        department: string;
                        transport: string;
                        url: string | null;
                        signed: boolean;
                        /** @description proposed | approved | rejected | superseded */
                        state: string;
                        /** Format: date-time */
                        proposedAt: string;
                        proposedBy: string;
                        decidedAt: string | null;
                        decidedBy: string | null;
                        reason: string | null;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postEndpointProposalsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        department: string;
                        state: string;
                        transport: string;
                        url: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postEndpointProposalsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        department: string;
                        state: string;
                        transport: string;
                        url: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                state?: "pending" | "delivered" | "dead";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                recipient?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        deliveryId: string;
                        recipient: string;
                        state: string;
                        /** Format: int64 */
                        attempts: number;
                        /** Format: date-time */
                        nextAttemptAt: string;
                        lastError: string | null;
                        deliveredAt: string | null;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replayOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id?: string;
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    recipient?: string;
                    allDead?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        replayed: string[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMonthlyAccountability: {
        parameters: {
            query: {
                /** @description YYYY-MM */
                month: string;
                subjectType?: "approval" | "supervision-record" | "license-action";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        department: string;
                        /** Format: int64 */
                        pushed: number;
                        /** Format: int64 */
                        claimedOnTime: number;
                        /** Format: int64 */
                        autoClaimed: number;
                        /** Format: int64 */
                        escalated: number;
                        /** Format: int64 */
                        disputed: number;
                        /** Format: int64 */
                        overdue: number;
                        /** Format: int64 */
                        pushIsClaim: number;
                        /** Format: int64 */
                        letters: number;
                        /**
                         * Format: int64
                         * @description 推送晚于时限（001 §7(一)1 即时）
                         */
                        latePushes: number;
                        /**
                         * Format: int64
                         * @description 异议逾期未答复，报审改办
                         */
                        disputesEscalated: number;
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMonthlyReportData: {
        parameters: {
            query: {
                /** @description YYYY-MM */
                month: string;
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 月度通报数据 — the figures as JSON, or CSV with format=csv */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        jurisdiction: string;
                        generatedAt: string;
                        /** @description 审批信息推送与认领，按接收部门 */
                        approvals: {
                            [key: string]: string | number | null;
                        }[];
                        /** @description 监管信息推送与审批局认领，按推送部门 */
                        supervision: {
                            [key: string]: string | number | null;
                        }[];
                        /** @description 函告及决定，按请求部门 */
                        licenseActions: {
                            [key: string]: string | number | null;
                        }[];
                        /** @description 告知承诺核验情况 */
                        commitments: {
                            [key: string]: unknown;
                        };
                        /** @description 统计口径：各事件计入其发生的月份 */
                        attribution: string;
                    };
                    "text/csv": string;
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAccountabilityItems: {
        parameters: {
            query: {
                /** @description YYYY-MM */
                month: string;
                kind: "auto-claimed" | "escalated" | "overdue" | "disputed" | "late-push" | "dispute-escalated";
                /** @description 代码（字母、数字、点、下划线、连字符） */
                department?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"][];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sendInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    from: string;
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    to: string;
                    /** @description 事由 */
                    subject: string;
                    /** @description 函询内容 */
                    question: string;
                    /**
                     * Format: int32
                     * @description 答复期限（工作日）
                     */
                    replyWithinDays: number;
                    attachments?: {
                        /** @description 附件名称 */
                        name: string;
                        mediaType: string;
                        sha256: string;
                        url?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        from: string;
                        to: string;
                        subject: string;
                        question: string;
                        /** @description open 待答复 / replied 已答复 / deemed-consent 逾期视为同意 */
                        state: string;
                        /** Format: date-time */
                        dueAt: string;
                        deadlineProvisional: boolean;
                        answer: string | null;
                        repliedAt: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        from: string;
                        to: string;
                        subject: string;
                        question: string;
                        /** @description open 待答复 / replied 已答复 / deemed-consent 逾期视为同意 */
                        state: string;
                        /** Format: date-time */
                        dueAt: string;
                        deadlineProvisional: boolean;
                        answer: string | null;
                        repliedAt: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replyInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 答复 */
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        from: string;
                        to: string;
                        subject: string;
                        question: string;
                        /** @description open 待答复 / replied 已答复 / deemed-consent 逾期视为同意 */
                        state: string;
                        /** Format: date-time */
                        dueAt: string;
                        deadlineProvisional: boolean;
                        answer: string | null;
                        repliedAt: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listExperts: {
        parameters: {
            query: {
                /** @description think-tank 审管专家智囊团 / site-survey 现场勘验专家库 */
                pool: "think-tank" | "site-survey";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pool: string;
                        members: {
                            id: string;
                            department: string;
                            name: string;
                            title: string | null;
                        }[];
                        warnings: {
                            code?: string;
                            field?: string;
                            zh: string;
                            en: string;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recommendExpert: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    department: string;
                    /**
                     * @description think-tank 审管专家智囊团 / site-survey 现场勘验专家库
                     * @enum {string}
                     */
                    pool: "think-tank" | "site-survey";
                    /** @description 姓名 */
                    name: string;
                    title?: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        department: string;
                        pool: string;
                        name: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    drawExperts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description think-tank 审管专家智囊团 / site-survey 现场勘验专家库
                     * @enum {string}
                     */
                    pool: "think-tank" | "site-survey";
                    /** Format: int32 */
                    count: number;
                    /** @description 抽取事由，如 approval:<id> */
                    purpose: string;
                    excludeExperts?: {
                        id: string;
                        /** @description 回避理由 */
                        reason: string;
                    }[];
                    excludeDepartments?: {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        code: string;
                        /** @description 回避理由 */
                        reason: string;
                    }[];
                    /** Format: int32 */
                    recentDays?: number;
                    /** @description 重新抽取理由 */
                    redrawReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        purpose: string;
                        algorithm: string;
                        seed: string;
                        /** @description 抽取时的候选名单，按记录顺序 */
                        candidates: {
                            id: string;
                            name: string;
                            department: string;
                        }[] | {
                            entities: {
                                id: string;
                                name: string;
                            }[];
                            inspectors: {
                                id: string;
                                name: string;
                            }[];
                        };
                        /** @description 回避及理由 */
                        excluded: {
                            id: string;
                            reason: string;
                        }[];
                        result: string[] | {
                            entity: string;
                            inspectors: string[];
                        }[];
                        prevHash: string;
                        hash: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    drawInspections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 抽查任务 */
                    purpose: string;
                    entities: {
                        /** @description 对象编号 */
                        id: string;
                        /** @description 对象名称 */
                        name: string;
                    }[];
                    /** Format: int32 */
                    entityCount: number;
                    inspectors: {
                        /** @description 执法人员编号 */
                        id: string;
                        /** @description 姓名 */
                        name: string;
                    }[];
                    /** Format: int32 */
                    inspectorsPerEntity: number;
                    /** @description 重新抽取理由 */
                    redrawReason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        purpose: string;
                        algorithm: string;
                        seed: string;
                        /** @description 抽取时的候选名单，按记录顺序 */
                        candidates: {
                            id: string;
                            name: string;
                            department: string;
                        }[] | {
                            entities: {
                                id: string;
                                name: string;
                            }[];
                            inspectors: {
                                id: string;
                                name: string;
                            }[];
                        };
                        /** @description 回避及理由 */
                        excluded: {
                            id: string;
                            reason: string;
                        }[];
                        result: string[] | {
                            entity: string;
                            inspectors: string[];
                        }[];
                        prevHash: string;
                        hash: string;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        checks: {
                            check: string;
                            ok: boolean;
                            zh: string;
                            en: string;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordCommitment: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Commitment 告知承诺 */
                    commitment: {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        matterCode: string;
                        /** Counterpart 行政相对人 */
                        counterpart: {
                            /** @description 行政相对人名称 */
                            name: string;
                            /**
                             * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                             * @enum {string}
                             */
                            category: "organisation" | "natural-person" | "individual-business";
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            uscc?: string;
                            /** @description 行政相对人代码_2 工商注册号 */
                            registrationNumber?: string;
                            /** @description 行政相对人代码_3 组织机构代码 */
                            organisationCode?: string;
                            /** @description 行政相对人代码_4 税务登记号 */
                            taxRegistrationNumber?: string;
                            /** @description 行政相对人代码_5 事业单位证书号 */
                            institutionCertificateNumber?: string;
                            /** @description 行政相对人代码_6 社会组织登记证号 */
                            socialOrganisationNumber?: string;
                            /**
                             * @description 证件类型
                             * @enum {string}
                             */
                            idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                            /** @description 证件号码 */
                            idNumber?: string;
                            legalRepresentative?: {
                                /** @description 法定代表人 */
                                name: string;
                                /** @enum {string} */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                idNumber?: string;
                            };
                            contact?: {
                                person?: string;
                                phone?: string;
                                address?: string;
                            };
                        };
                        notice: {
                            /** @description 事项名称 */
                            matterName: string;
                            legalBasis: string[];
                            conditions: string[];
                            materials?: string[];
                            /** @default [] */
                            proofObligations: string[];
                            /** @description 承诺方式 */
                            commitmentMethod: string;
                            /** @description 监管方式 */
                            supervisionMethod: string;
                            /** @description 虚假承诺的法律责任 */
                            liability: string;
                            /** @description 承诺书是否公开 */
                            published: boolean;
                            /** @description 核查权利说明 */
                            rightToVerify: string;
                        };
                        /** @description 签署的承诺书编号 */
                        signedDocumentRef: string;
                        /** Format: date-time */
                        signedAt: string;
                        /** @enum {string} */
                        verificationMode: "no-onsite-check" | "post-verification";
                    };
                    /** ApprovalDecision 审批信息 */
                    approval: {
                        /** @description 代码（字母、数字、点、下划线、连字符） */
                        matterCode: string;
                        /** Counterpart 行政相对人 */
                        counterpart: {
                            /** @description 行政相对人名称 */
                            name: string;
                            /**
                             * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                             * @enum {string}
                             */
                            category: "organisation" | "natural-person" | "individual-business";
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            uscc?: string;
                            /** @description 行政相对人代码_2 工商注册号 */
                            registrationNumber?: string;
                            /** @description 行政相对人代码_3 组织机构代码 */
                            organisationCode?: string;
                            /** @description 行政相对人代码_4 税务登记号 */
                            taxRegistrationNumber?: string;
                            /** @description 行政相对人代码_5 事业单位证书号 */
                            institutionCertificateNumber?: string;
                            /** @description 行政相对人代码_6 社会组织登记证号 */
                            socialOrganisationNumber?: string;
                            /**
                             * @description 证件类型
                             * @enum {string}
                             */
                            idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                            /** @description 证件号码 */
                            idNumber?: string;
                            legalRepresentative?: {
                                /** @description 法定代表人 */
                                name: string;
                                /** @enum {string} */
                                idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                idNumber?: string;
                            };
                            contact?: {
                                person?: string;
                                phone?: string;
                                address?: string;
                            };
                        };
                        /** @description 行政许可决定文书名称 XK_XKWS */
                        licenseDocumentName?: string;
                        /** @description 行政许可决定文书号 XK_WSH */
                        licenseDocumentNumber: string;
                        /**
                         * @description 许可类别 XK_XKLB
                         * @enum {string}
                         */
                        licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                        /** @description 许可证书名称 XK_XKZS */
                        certificateName?: string;
                        /** @description 许可编号 XK_XKBH */
                        certificateNumber?: string;
                        /** @description 许可内容 XK_NR */
                        content: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD（北京时间日历日）
                         */
                        decisionDate: string;
                        /**
                         * Format: date-time
                         * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                         */
                        decidedAt?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD（北京时间日历日）
                         */
                        validFrom: string;
                        /** @description 有效期至；长期为 long-term */
                        validTo: string | "long-term";
                        issuingAuthority: {
                            /** @description 机关名称 */
                            name: string;
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            uscc?: string;
                        };
                        /**
                         * @description 当前状态 XK_ZT：有效 / 无效
                         * @default valid
                         * @enum {string}
                         */
                        status: "valid" | "invalid";
                        /**
                         * @description 设立 / 延续 / 变更 / 注销
                         * @enum {string}
                         */
                        decisionKind: "establish" | "renew" | "amend" | "cancel";
                        /**
                         * @description 普通 / 告知承诺 / 一业一证
                         * @enum {string}
                         */
                        mode: "ordinary" | "commitment" | "one-license";
                        /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                        integratedLicense?: {
                            /** @description 综合许可证名称 */
                            licenseName: string;
                            /** @description 综合许可证编号 */
                            licenseNumber: string;
                            matters: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                code: string;
                                /** @description 事项名称 */
                                name: string;
                            }[];
                        };
                        /** @description 告知承诺书编号 */
                        commitmentRef?: string;
                        /** @description 受理编号：关联此申请的特别审查程序结论 */
                        applicationRef?: string;
                        /** @description 明确取代同一文书号下其他相对人的有效许可 */
                        supersedesLicense?: {
                            /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                            counterpartCode: string;
                            /** @description 取代理由 */
                            reason: string;
                        };
                        /** @description 联席会议编号 */
                        jointMeetingRef?: string;
                        /** @description 重要审批事项免于联席会议的记录 */
                        majorExemption?: {
                            /** @description 免于会商的理由 */
                            reason: string;
                            /** @description 批准人 */
                            approvedBy: string;
                        };
                        dataSource?: {
                            /** @description 机关名称 */
                            name: string;
                            /** @description 统一社会信用代码 (GB 32100-2015) */
                            uscc?: string;
                        };
                        /** @description 备注 BZ */
                        remarks?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commitment: {
                            id: string;
                            approvalId: string;
                            matterCode: string;
                            counterpartKey: string;
                            verificationMode: string;
                            /** @description no-check 免于现场核验 / verification-pending 待核验 / met 已兑现 / rectifying 限期整改 / revoked 已撤销 */
                            state: string;
                            verificationDueAt: string | null;
                            rectificationDueAt: string | null;
                            /** @description 后置核验记录，先后排列 */
                            checks: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                met: boolean;
                                findings: string;
                                onTime: boolean;
                                /** @description 核验后的状态 */
                                result: string;
                            }[];
                        };
                        /** Approval 审批信息 */
                        approval: {
                            id: string;
                            matterCode: string;
                            /**
                             * Format: int64
                             * @description 作出决定时有效的目录版本
                             */
                            matterVersion: number;
                            counterpartKey: string;
                            licenseDocumentNumber: string;
                            /** @description active / superseded */
                            state: string;
                            /** @description valid / amended / withdrawn / revoked / cancelled */
                            licenseStatus: string;
                            /** @description 已保留但被标记的问题，如统一社会信用代码校验位不符 */
                            flags: {
                                code?: string;
                                pointer?: string;
                                field?: string;
                                /** Format: int64 */
                                line?: number;
                                zh: string;
                                en: string;
                            }[];
                            /** @description 相对人处于严格准入或限制准入时的提示；正常时为 null */
                            creditWarning: {
                                counterpartKey: string;
                                /**
                                 * @description normal 正常 / strict 严格准入 / restricted 限制准入
                                 * @enum {string}
                                 */
                                status: "normal" | "strict" | "restricted";
                                reasons: {
                                    recordId: string;
                                    kind: string;
                                    department: string;
                                    documentNumber: string | null;
                                    decisionDate: string;
                                    until: string | null;
                                    /** @enum {string} */
                                    effect: "strict" | "restricted";
                                }[];
                            } | null;
                            supersedes: string | null;
                            /** Format: date-time */
                            pushedAt: string;
                            pushedBy: string;
                            /** ApprovalDecision 审批信息 */
                            decision: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                matterCode: string;
                                /** Counterpart 行政相对人 */
                                counterpart: {
                                    /** @description 行政相对人名称 */
                                    name: string;
                                    /**
                                     * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                     * @enum {string}
                                     */
                                    category: "organisation" | "natural-person" | "individual-business";
                                    /** @description 统一社会信用代码 (GB 32100-2015) */
                                    uscc?: string;
                                    /** @description 行政相对人代码_2 工商注册号 */
                                    registrationNumber?: string;
                                    /** @description 行政相对人代码_3 组织机构代码 */
                                    organisationCode?: string;
                                    /** @description 行政相对人代码_4 税务登记号 */
                                    taxRegistrationNumber?: string;
                                    /** @description 行政相对人代码_5 事业单位证书号 */
                                    institutionCertificateNumber?: string;
                                    /** @description 行政相对人代码_6 社会组织登记证号 */
                                    socialOrganisationNumber?: string;
                                    /**
                                     * @description 证件类型
                                     * @enum {string}
                                     */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    /** @description 证件号码 */
                                    idNumber?: string;
                                    legalRepresentative?: {
                                        /** @description 法定代表人 */
                                        name: string;
                                        /** @enum {string} */
                                        idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                        idNumber?: string;
                                    };
                                    contact?: {
                                        person?: string;
                                        phone?: string;
                                        address?: string;
                                    };
                                };
                                /** @description 行政许可决定文书名称 XK_XKWS */
                                licenseDocumentName?: string;
                                /** @description 行政许可决定文书号 XK_WSH */
                                licenseDocumentNumber: string;
                                /**
                                 * @description 许可类别 XK_XKLB
                                 * @enum {string}
                                 */
                                licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                                /** @description 许可证书名称 XK_XKZS */
                                certificateName?: string;
                                /** @description 许可编号 XK_XKBH */
                                certificateNumber?: string;
                                /** @description 许可内容 XK_NR */
                                content: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD（北京时间日历日）
                                 */
                                decisionDate: string;
                                /**
                                 * Format: date-time
                                 * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                                 */
                                decidedAt?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD（北京时间日历日）
                                 */
                                validFrom: string;
                                /** @description 有效期至；长期为 long-term */
                                validTo: string | "long-term";
                                issuingAuthority: {
                                    /** @description 机关名称 */
                                    name: string;
                                    /** @description 统一社会信用代码 (GB 32100-2015) */
                                    uscc?: string;
                                };
                                /**
                                 * @description 当前状态 XK_ZT：有效 / 无效
                                 * @default valid
                                 * @enum {string}
                                 */
                                status: "valid" | "invalid";
                                /**
                                 * @description 设立 / 延续 / 变更 / 注销
                                 * @enum {string}
                                 */
                                decisionKind: "establish" | "renew" | "amend" | "cancel";
                                /**
                                 * @description 普通 / 告知承诺 / 一业一证
                                 * @enum {string}
                                 */
                                mode: "ordinary" | "commitment" | "one-license";
                                /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                                integratedLicense?: {
                                    /** @description 综合许可证名称 */
                                    licenseName: string;
                                    /** @description 综合许可证编号 */
                                    licenseNumber: string;
                                    matters: {
                                        /** @description 代码（字母、数字、点、下划线、连字符） */
                                        code: string;
                                        /** @description 事项名称 */
                                        name: string;
                                    }[];
                                };
                                /** @description 告知承诺书编号 */
                                commitmentRef?: string;
                                /** @description 受理编号：关联此申请的特别审查程序结论 */
                                applicationRef?: string;
                                /** @description 明确取代同一文书号下其他相对人的有效许可 */
                                supersedesLicense?: {
                                    /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                                    counterpartCode: string;
                                    /** @description 取代理由 */
                                    reason: string;
                                };
                                /** @description 联席会议编号 */
                                jointMeetingRef?: string;
                                /** @description 重要审批事项免于联席会议的记录 */
                                majorExemption?: {
                                    /** @description 免于会商的理由 */
                                    reason: string;
                                    /** @description 批准人 */
                                    approvedBy: string;
                                };
                                dataSource?: {
                                    /** @description 机关名称 */
                                    name: string;
                                    /** @description 统一社会信用代码 (GB 32100-2015) */
                                    uscc?: string;
                                };
                                /** @description 备注 BZ */
                                remarks?: string;
                            };
                            deliveries: components["schemas"]["Delivery"][];
                        };
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        commitment: {
                            id: string;
                            approvalId: string;
                            matterCode: string;
                            counterpartKey: string;
                            verificationMode: string;
                            /** @description no-check 免于现场核验 / verification-pending 待核验 / met 已兑现 / rectifying 限期整改 / revoked 已撤销 */
                            state: string;
                            verificationDueAt: string | null;
                            rectificationDueAt: string | null;
                            /** @description 后置核验记录，先后排列 */
                            checks: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                met: boolean;
                                findings: string;
                                onTime: boolean;
                                /** @description 核验后的状态 */
                                result: string;
                            }[];
                        };
                        /** Approval 审批信息 */
                        approval: {
                            id: string;
                            matterCode: string;
                            /**
                             * Format: int64
                             * @description 作出决定时有效的目录版本
                             */
                            matterVersion: number;
                            counterpartKey: string;
                            licenseDocumentNumber: string;
                            /** @description active / superseded */
                            state: string;
                            /** @description valid / amended / withdrawn / revoked / cancelled */
                            licenseStatus: string;
                            /** @description 已保留但被标记的问题，如统一社会信用代码校验位不符 */
                            flags: {
                                code?: string;
                                pointer?: string;
                                field?: string;
                                /** Format: int64 */
                                line?: number;
                                zh: string;
                                en: string;
                            }[];
                            /** @description 相对人处于严格准入或限制准入时的提示；正常时为 null */
                            creditWarning: {
                                counterpartKey: string;
                                /**
                                 * @description normal 正常 / strict 严格准入 / restricted 限制准入
                                 * @enum {string}
                                 */
                                status: "normal" | "strict" | "restricted";
                                reasons: {
                                    recordId: string;
                                    kind: string;
                                    department: string;
                                    documentNumber: string | null;
                                    decisionDate: string;
                                    until: string | null;
                                    /** @enum {string} */
                                    effect: "strict" | "restricted";
                                }[];
                            } | null;
                            supersedes: string | null;
                            /** Format: date-time */
                            pushedAt: string;
                            pushedBy: string;
                            /** ApprovalDecision 审批信息 */
                            decision: {
                                /** @description 代码（字母、数字、点、下划线、连字符） */
                                matterCode: string;
                                /** Counterpart 行政相对人 */
                                counterpart: {
                                    /** @description 行政相对人名称 */
                                    name: string;
                                    /**
                                     * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                                     * @enum {string}
                                     */
                                    category: "organisation" | "natural-person" | "individual-business";
                                    /** @description 统一社会信用代码 (GB 32100-2015) */
                                    uscc?: string;
                                    /** @description 行政相对人代码_2 工商注册号 */
                                    registrationNumber?: string;
                                    /** @description 行政相对人代码_3 组织机构代码 */
                                    organisationCode?: string;
                                    /** @description 行政相对人代码_4 税务登记号 */
                                    taxRegistrationNumber?: string;
                                    /** @description 行政相对人代码_5 事业单位证书号 */
                                    institutionCertificateNumber?: string;
                                    /** @description 行政相对人代码_6 社会组织登记证号 */
                                    socialOrganisationNumber?: string;
                                    /**
                                     * @description 证件类型
                                     * @enum {string}
                                     */
                                    idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                    /** @description 证件号码 */
                                    idNumber?: string;
                                    legalRepresentative?: {
                                        /** @description 法定代表人 */
                                        name: string;
                                        /** @enum {string} */
                                        idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                                        idNumber?: string;
                                    };
                                    contact?: {
                                        person?: string;
                                        phone?: string;
                                        address?: string;
                                    };
                                };
                                /** @description 行政许可决定文书名称 XK_XKWS */
                                licenseDocumentName?: string;
                                /** @description 行政许可决定文书号 XK_WSH */
                                licenseDocumentNumber: string;
                                /**
                                 * @description 许可类别 XK_XKLB
                                 * @enum {string}
                                 */
                                licenseCategory: "ordinary" | "franchise" | "recognition" | "approval" | "registration" | "other";
                                /** @description 许可证书名称 XK_XKZS */
                                certificateName?: string;
                                /** @description 许可编号 XK_XKBH */
                                certificateNumber?: string;
                                /** @description 许可内容 XK_NR */
                                content: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD（北京时间日历日）
                                 */
                                decisionDate: string;
                                /**
                                 * Format: date-time
                                 * @description 作出决定的时刻；用于计量推送是否即时 (001 §7(一)1)
                                 */
                                decidedAt?: string;
                                /**
                                 * Format: date
                                 * @description YYYY-MM-DD（北京时间日历日）
                                 */
                                validFrom: string;
                                /** @description 有效期至；长期为 long-term */
                                validTo: string | "long-term";
                                issuingAuthority: {
                                    /** @description 机关名称 */
                                    name: string;
                                    /** @description 统一社会信用代码 (GB 32100-2015) */
                                    uscc?: string;
                                };
                                /**
                                 * @description 当前状态 XK_ZT：有效 / 无效
                                 * @default valid
                                 * @enum {string}
                                 */
                                status: "valid" | "invalid";
                                /**
                                 * @description 设立 / 延续 / 变更 / 注销
                                 * @enum {string}
                                 */
                                decisionKind: "establish" | "renew" | "amend" | "cancel";
                                /**
                                 * @description 普通 / 告知承诺 / 一业一证
                                 * @enum {string}
                                 */
                                mode: "ordinary" | "commitment" | "one-license";
                                /** @description 一业一证 / 一证化 综合许可证照面信息 (001 §7(一)2) */
                                integratedLicense?: {
                                    /** @description 综合许可证名称 */
                                    licenseName: string;
                                    /** @description 综合许可证编号 */
                                    licenseNumber: string;
                                    matters: {
                                        /** @description 代码（字母、数字、点、下划线、连字符） */
                                        code: string;
                                        /** @description 事项名称 */
                                        name: string;
                                    }[];
                                };
                                /** @description 告知承诺书编号 */
                                commitmentRef?: string;
                                /** @description 受理编号：关联此申请的特别审查程序结论 */
                                applicationRef?: string;
                                /** @description 明确取代同一文书号下其他相对人的有效许可 */
                                supersedesLicense?: {
                                    /** @description 被取代许可的相对人代码（统一社会信用代码或证件号码） */
                                    counterpartCode: string;
                                    /** @description 取代理由 */
                                    reason: string;
                                };
                                /** @description 联席会议编号 */
                                jointMeetingRef?: string;
                                /** @description 重要审批事项免于联席会议的记录 */
                                majorExemption?: {
                                    /** @description 免于会商的理由 */
                                    reason: string;
                                    /** @description 批准人 */
                                    approvedBy: string;
                                };
                                dataSource?: {
                                    /** @description 机关名称 */
                                    name: string;
                                    /** @description 统一社会信用代码 (GB 32100-2015) */
                                    uscc?: string;
                                };
                                /** @description 备注 BZ */
                                remarks?: string;
                            };
                            deliveries: components["schemas"]["Delivery"][];
                        };
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    met: boolean;
                    /** @description 核验情况 */
                    findings: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        approvalId: string;
                        matterCode: string;
                        counterpartKey: string;
                        verificationMode: string;
                        /** @description no-check 免于现场核验 / verification-pending 待核验 / met 已兑现 / rectifying 限期整改 / revoked 已撤销 */
                        state: string;
                        verificationDueAt: string | null;
                        rectificationDueAt: string | null;
                        /** @description 后置核验记录，先后排列 */
                        checks: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            met: boolean;
                            findings: string;
                            onTime: boolean;
                            /** @description 核验后的状态 */
                            result: string;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reportFalseCommitment: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 查实情况 */
                    findings: string;
                    /** @description 依据 */
                    basis: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        licenseActionId: string;
                        state: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOverdueCommitments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        approvalId: string;
                        matterCode: string;
                        counterpartKey: string;
                        verificationMode: string;
                        /** @description no-check 免于现场核验 / verification-pending 待核验 / met 已兑现 / rectifying 限期整改 / revoked 已撤销 */
                        state: string;
                        verificationDueAt: string | null;
                        rectificationDueAt: string | null;
                        /** @description 后置核验记录，先后排列 */
                        checks: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            met: boolean;
                            findings: string;
                            onTime: boolean;
                            /** @description 核验后的状态 */
                            result: string;
                        }[];
                    }[];
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCommitmentAccountability: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        total: number;
                        /** Format: int64 */
                        postVerification: number;
                        /** Format: int64 */
                        verifiedOnTime: number;
                        /** Format: int64 */
                        verifiedLate: number;
                        /** Format: int64 */
                        overdue: number;
                        /** Format: int64 */
                        rectifying: number;
                        /** Format: int64 */
                        revoked: number;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startSpecialReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 受理编号 */
                    applicationRef: string;
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    matterCode: string;
                    /** @enum {string} */
                    procedure: "site-inspection" | "tender" | "auction" | "inspection" | "testing" | "quarantine" | "appraisal" | "examination" | "assessment" | "expert-review" | "technical-review" | "hearing" | "stakeholder-opinion" | "collective-review";
                    /** @default [] */
                    materials: {
                        /** @description 附件名称 */
                        name: string;
                        mediaType: string;
                        sha256: string;
                        url?: string;
                    }[];
                    /** Format: date-time */
                    scheduledFor?: string;
                    /**
                     * Format: int32
                     * @description 结论时限（工作日）
                     */
                    conclusionWithinDays: number;
                    /** @description 申请人名称 */
                    applicant?: string;
                    /** @description 勘验、核查地点 */
                    site?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationRef: string;
                        matterCode: string;
                        procedure: string;
                        /** @description independent 独立 / joint 联合（联办通知单）/ entrusted 委托（委托书） */
                        handling: string;
                        department: string | null;
                        thirdParty: string | null;
                        scheduledFor: string | null;
                        conclusionDueAt: string | null;
                        state: string;
                        assignee: string | null;
                        conclusion: {
                            passed: boolean;
                            conclusion: string;
                            by: string;
                            /** Format: date-time */
                            at: string;
                            /** @description 是否在时限内出具 */
                            onTime: boolean;
                        } | null;
                        report: {
                            findings: string;
                            signatures: {
                                /** @enum {string} */
                                party: "bureau" | "department";
                                name: string;
                                by: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** @description 审批局与监管部门均已签字 */
                            complete?: boolean;
                        } | null;
                        approvalId: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    assignSpecialReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 承办人 */
                    assignee: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationRef: string;
                        matterCode: string;
                        procedure: string;
                        /** @description independent 独立 / joint 联合（联办通知单）/ entrusted 委托（委托书） */
                        handling: string;
                        department: string | null;
                        thirdParty: string | null;
                        scheduledFor: string | null;
                        conclusionDueAt: string | null;
                        state: string;
                        assignee: string | null;
                        conclusion: {
                            passed: boolean;
                            conclusion: string;
                            by: string;
                            /** Format: date-time */
                            at: string;
                            /** @description 是否在时限内出具 */
                            onTime: boolean;
                        } | null;
                        report: {
                            findings: string;
                            signatures: {
                                /** @enum {string} */
                                party: "bureau" | "department";
                                name: string;
                                by: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** @description 审批局与监管部门均已签字 */
                            complete?: boolean;
                        } | null;
                        approvalId: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    concludeSpecialReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    passed: boolean;
                    /** @description 审查结论 */
                    conclusion: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationRef: string;
                        matterCode: string;
                        procedure: string;
                        /** @description independent 独立 / joint 联合（联办通知单）/ entrusted 委托（委托书） */
                        handling: string;
                        department: string | null;
                        thirdParty: string | null;
                        scheduledFor: string | null;
                        conclusionDueAt: string | null;
                        state: string;
                        assignee: string | null;
                        conclusion: {
                            passed: boolean;
                            conclusion: string;
                            by: string;
                            /** Format: date-time */
                            at: string;
                            /** @description 是否在时限内出具 */
                            onTime: boolean;
                        } | null;
                        report: {
                            findings: string;
                            signatures: {
                                /** @enum {string} */
                                party: "bureau" | "department";
                                name: string;
                                by: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** @description 审批局与监管部门均已签字 */
                            complete?: boolean;
                        } | null;
                        approvalId: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    writeSurveyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 勘验评审意见 */
                    findings: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationRef: string;
                        matterCode: string;
                        procedure: string;
                        /** @description independent 独立 / joint 联合（联办通知单）/ entrusted 委托（委托书） */
                        handling: string;
                        department: string | null;
                        thirdParty: string | null;
                        scheduledFor: string | null;
                        conclusionDueAt: string | null;
                        state: string;
                        assignee: string | null;
                        conclusion: {
                            passed: boolean;
                            conclusion: string;
                            by: string;
                            /** Format: date-time */
                            at: string;
                            /** @description 是否在时限内出具 */
                            onTime: boolean;
                        } | null;
                        report: {
                            findings: string;
                            signatures: {
                                /** @enum {string} */
                                party: "bureau" | "department";
                                name: string;
                                by: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** @description 审批局与监管部门均已签字 */
                            complete?: boolean;
                        } | null;
                        approvalId: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signSurveyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 签字人 */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationRef: string;
                        matterCode: string;
                        procedure: string;
                        /** @description independent 独立 / joint 联合（联办通知单）/ entrusted 委托（委托书） */
                        handling: string;
                        department: string | null;
                        thirdParty: string | null;
                        scheduledFor: string | null;
                        conclusionDueAt: string | null;
                        state: string;
                        assignee: string | null;
                        conclusion: {
                            passed: boolean;
                            conclusion: string;
                            by: string;
                            /** Format: date-time */
                            at: string;
                            /** @description 是否在时限内出具 */
                            onTime: boolean;
                        } | null;
                        report: {
                            findings: string;
                            signatures: {
                                /** @enum {string} */
                                party: "bureau" | "department";
                                name: string;
                                by: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            /** @description 审批局与监管部门均已签字 */
                            complete?: boolean;
                        } | null;
                        approvalId: string | null;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 业务规则不允许 — refused by a rule (the code names it) */
            422: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startHistoricalReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    matterCode: string;
                    /** @description 代码（字母、数字、点、下划线、连字符） */
                    department: string;
                    /** Counterpart 行政相对人 */
                    counterpart: {
                        /** @description 行政相对人名称 */
                        name: string;
                        /**
                         * @description organisation 法人及非法人组织 / natural-person 自然人 / individual-business 个体工商户
                         * @enum {string}
                         */
                        category: "organisation" | "natural-person" | "individual-business";
                        /** @description 统一社会信用代码 (GB 32100-2015) */
                        uscc?: string;
                        /** @description 行政相对人代码_2 工商注册号 */
                        registrationNumber?: string;
                        /** @description 行政相对人代码_3 组织机构代码 */
                        organisationCode?: string;
                        /** @description 行政相对人代码_4 税务登记号 */
                        taxRegistrationNumber?: string;
                        /** @description 行政相对人代码_5 事业单位证书号 */
                        institutionCertificateNumber?: string;
                        /** @description 行政相对人代码_6 社会组织登记证号 */
                        socialOrganisationNumber?: string;
                        /**
                         * @description 证件类型
                         * @enum {string}
                         */
                        idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                        /** @description 证件号码 */
                        idNumber?: string;
                        legalRepresentative?: {
                            /** @description 法定代表人 */
                            name: string;
                            /** @enum {string} */
                            idType?: "resident-id" | "passport" | "hk-macao-permit" | "taiwan-permit" | "foreign-residence-permit" | "other";
                            idNumber?: string;
                        };
                        contact?: {
                            person?: string;
                            phone?: string;
                            address?: string;
                        };
                    };
                    /** @description 问题描述 */
                    description: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    advanceHistoricalReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                step: "opinion" | "rectified" | "verified" | "decided";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 内容 */
                    text: string;
                    requiresRectification?: boolean;
                    passed?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                        steps: {
                            step: string;
                            /** Format: date-time */
                            at: string;
                            by: string;
                            text: string;
                            requiresRectification?: boolean;
                            passed?: boolean;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    callJointMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 会议名称 */
                    title: string;
                    /** Format: date-time */
                    scheduledFor: string;
                    attendees: string[];
                    /** @default [] */
                    approvals: string[];
                    /** @description 议题 */
                    agenda: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    recordMeetingMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 纪要 */
                    minutes: string;
                    decisions: {
                        /** @description 决定 */
                        text: string;
                        approvalId?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        state: string;
                        decisions: {
                            text: string;
                            approvalId?: string;
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 状态冲突 — conflicts with the current state */
            409: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAdapterInbound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
                "application/xml": string;
                "text/xml": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        records: number;
                        /** Format: int64 */
                        accepted: number;
                        /** Format: int64 */
                        duplicate: number;
                        /** Format: int64 */
                        rejected: number;
                        outcomes: {
                            /** Format: int64 */
                            line?: number;
                            status: string;
                            id?: string;
                            errors?: {
                                code?: string;
                                pointer?: string;
                                field?: string;
                                /** Format: int64 */
                                line?: number;
                                zh: string;
                                en: string;
                            }[];
                            warnings?: {
                                code?: string;
                                pointer?: string;
                                field?: string;
                                /** Format: int64 */
                                line?: number;
                                zh: string;
                                en: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 请求无效 — invalid request: VALIDATION_FAILED (schema), BODY_MALFORMED, TEXT_CHARACTER_INVALID, … */
            400: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 缺少或无效的接口密钥 — missing or invalid API key */
            401: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权执行 — the key lacks the role or the department */
            403: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 未找到 — not found */
            404: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求体过大 — BODY_TOO_LARGE */
            413: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 路径参数过长 — URI_TOO_LONG */
            414: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内容类型不受支持 — UNSUPPORTED_MEDIA_TYPE (the message names the accepted types) */
            415: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求过于频繁 — RATE_LIMITED; wait Retry-After seconds */
            429: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 内部错误 — INTERNAL; report the requestId */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 数据库暂不可用 — DATABASE_UNAVAILABLE; retry after Retry-After seconds */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
