/** The manifest check's messages, Vietnamese first, and the one function that words a problem. */

export type Lang = "vi" | "en";
export type Params = Record<string, unknown>;
type Message = (p: Params) => string;

/** The four kinds of resource a manifest defines under <Resources>. */
export type ResourceKind = "image" | "url" | "short" | "long";

const KIND_NAMES: Record<Lang, Record<ResourceKind, string>> = {
  vi: { image: "ảnh (bt:Images)", url: "URL (bt:Urls)", short: "chuỗi ngắn (bt:ShortStrings)", long: "chuỗi dài (bt:LongStrings)" },
  en: { image: "image (bt:Images)", url: "URL (bt:Urls)", short: "short string (bt:ShortStrings)", long: "long string (bt:LongStrings)" },
};

const vi = {
  "xml.eof": () => "tệp kết thúc giữa chừng",
  "xml.no-root": () => "không có phần tử gốc",
  "xml.after-root": () => "có nội dung sau phần tử gốc",
  "xml.text-outside-root": () => "có văn bản nằm ngoài phần tử gốc",
  "xml.mismatch": (p: Params) => `thẻ đóng </${p.found}> không khớp với <${p.expected}>`,
  "xml.unclosed": (p: Params) => `thẻ <${p.name}> chưa được đóng`,
  "xml.bad-name": () => "tên thẻ hoặc thuộc tính không hợp lệ",
  "xml.attr-syntax": () => "thuộc tính viết sai (thiếu dấu cách, dấu = hoặc dấu nháy)",
  "xml.attr-dup": (p: Params) => `thuộc tính ${p.name} bị lặp lại`,
  "xml.lt-in-attr": () => "có dấu < trong giá trị thuộc tính",
  "xml.bad-entity": () => "ký tự & phải viết là &amp; (hoặc thực thể không tồn tại)",
  "xml.comment": () => "chú thích <!-- --> viết sai",
  "xml.doctype": () => "không được dùng <!DOCTYPE>",
  "xml.xml-decl": () => "khai báo <?xml ...?> chỉ được đặt ở đầu tệp",
  "xml.pi": () => "chỉ thị <? ?> viết sai",
  "xml.cdata-end": () => "chuỗi ]]> nằm trong văn bản",
  "xml.char": () => "có ký tự không được phép trong XML",
  "xml.prefix": (p: Params) => `tiền tố ${p.prefix}: chưa được khai báo (xmlns:${p.prefix})`,
  "xml.unexpected-lt": () => "dấu < không mở một thẻ hợp lệ",
  xml: (p: Params) => `XML không hợp lệ (dòng ${p.line}, cột ${p.col}): ${p.reason}`,
  root: () => 'phần tử gốc phải là <OfficeApp xsi:type="TaskPaneApp"> (manifest XML của add-in ngăn tác vụ)',
  "order-after": (p: Params) => `<${p.child}> đặt sai chỗ trong <${p.parent}>: phải đứng sau <${p.other}> (thứ tự theo lược đồ)`,
  "order-before": (p: Params) => `<${p.child}> đặt sai chỗ trong <${p.parent}>: phải đứng trước <${p.other}> (thứ tự theo lược đồ)`,
  unexpected: (p: Params) => `<${p.child}> không phải là phần tử con hợp lệ của <${p.parent}>`,
  missing: (p: Params) => `thiếu <${p.element}> trong <${p.parent}>`,
  id: (p: Params) => `Id "${p.value}" không phải là GUID (dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`,
  version: (p: Params) => `Version "${p.value}" phải có dạng a.b.c.d (bốn số, ví dụ 1.0.0.0)`,
  permissions: (p: Params) => `Permissions phải là ReadWriteDocument (add-in ghi sheet báo cáo), đang là "${p.value}"`,
  locale: (p: Params) => `mã ngôn ngữ "${p.value}" không hợp lệ (ví dụ vi-VN, en-US)`,
  "too-long": (p: Params) => `${p.what} dài ${p.length} ký tự, tối đa ${p.max}`,
  empty: (p: Params) => `${p.what} không được để trống`,
  "shared-runtime": () => 'Requirements thiếu <Set Name="SharedRuntime" MinVersion="1.1"/>',
  "host-missing": () => 'VersionOverrides không có <Host xsi:type="Workbook">',
  "runtimes-missing": () => '<Host xsi:type="Workbook"> thiếu <Runtimes> (cần cho runtime dùng chung)',
  "runtimes-not-first": (p: Params) => `<Runtimes> phải là phần tử con đầu tiên của <Host xsi:type="Workbook">, đang đứng sau <${p.after}>`,
  lifetime: (p: Params) => `<Runtime> phải có lifetime="long" để hàm tùy chỉnh vẫn chạy khi ngăn tác vụ đóng, đang là "${p.value}"`,
  "runtime-resid": (p: Params) => `<${p.element}> dùng resid "${p.resid}" nhưng runtime dùng chung là "${p.runtime}": mọi nơi phải cùng một resid`,
  "cf-missing": () => 'thiếu <ExtensionPoint xsi:type="CustomFunctions"> trong <AllFormFactors>',
  namespace: (p: Params) => `namespace của hàm tùy chỉnh là "${p.value}", phải là "${p.expected}"`,
  "resid-undefined": (p: Params) => `<${p.element}> tham chiếu resid "${p.resid}" không có trong <Resources>`,
  "resid-kind": (p: Params) => `<${p.element}> cần tài nguyên loại ${KIND_NAMES.vi[p.expected as ResourceKind]}, nhưng "${p.resid}" thuộc loại ${KIND_NAMES.vi[p.actual as ResourceKind]}`,
  "resid-duplicate": (p: Params) => `resid "${p.id}" được định nghĩa hai lần`,
  "resid-too-long": (p: Params) => `resid "${p.id}" dài hơn 32 ký tự`,
  "resid-unused": (p: Params) => `resid "${p.id}" được định nghĩa nhưng không được dùng`,
  "url-bad": (p: Params) => `"${p.url}" không phải là URL hợp lệ`,
  "url-https": (p: Params) => `URL phải dùng https: ${p.url}`,
  "url-origin": (p: Params) => `URL ${p.url} không cùng nguồn với add-in (${p.origin}); mọi tệp của add-in phải ở cùng một máy chủ`,
  "icon-outside": (p: Params) => `biểu tượng ${p.url} nằm ngoài thư mục của add-in (${p.base})`,
  "icon-missing": (p: Params) => `không có tệp biểu tượng ${p.file} (cho ${p.url})`,
  "icon-not-png": (p: Params) => `${p.file} không phải là ảnh PNG`,
  "icon-size": (p: Params) => `${p.file} có kích thước ${p.actual}, cần ${p.expected}×${p.expected} điểm ảnh`,
  "icon-heavy": (p: Params) => `${p.file} nặng ${p.kb} KB, không nên quá 100 KB`,
  "url-placeholder": (p: Params) =>
    `manifest trỏ tới địa chỉ giữ chỗ ${p.origin}, quản trị viên không cài được: hãy đặt biến môi trường BDG_ADDIN_URL=https://máy-chủ-của-đơn-vị/thư-mục/ (hoặc URL_PROD trong webpack.config.js) rồi chạy lại npm run build`,
  "url-dev": (p: Params) =>
    `manifest trỏ tới máy phát triển ${p.origin} (bản dựng npm run build:dev), quản trị viên không cài được: hãy đặt biến môi trường BDG_ADDIN_URL=https://máy-chủ-của-đơn-vị/thư-mục/ rồi chạy npm run build`,
  "built-label": (p: Params) => `${p.file} (bản production mà npm run build tạo ra)`,
  "production-config": (p: Params) => `không tạo được manifest production bằng webpack.config.js: ${p.reason}`,
  warning: () => "cảnh báo",
  ok: (p: Params) => `${p.file}: manifest hợp lệ${p.warnings ? ` (${p.warnings} cảnh báo)` : ""}`,
  usage: () => "Cách dùng: node scripts/check-manifest.js [manifest.xml] [--lang vi|en] [--root thư-mục] [--production]",
  unreadable: (p: Params) => `không đọc được ${p.file}: ${p.reason}`,
} satisfies Record<string, Message>;

const en: Record<MessageCode, Message> = {
  "xml.eof": () => "the file ends too early",
  "xml.no-root": () => "there is no root element",
  "xml.after-root": () => "there is content after the root element",
  "xml.text-outside-root": () => "there is text outside the root element",
  "xml.mismatch": (p: Params) => `end tag </${p.found}> does not match <${p.expected}>`,
  "xml.unclosed": (p: Params) => `<${p.name}> is never closed`,
  "xml.bad-name": () => "invalid element or attribute name",
  "xml.attr-syntax": () => "malformed attribute (missing space, = or quotes)",
  "xml.attr-dup": (p: Params) => `attribute ${p.name} is repeated`,
  "xml.lt-in-attr": () => "< inside an attribute value",
  "xml.bad-entity": () => "a bare & (write &amp;) or an unknown entity",
  "xml.comment": () => "malformed <!-- --> comment",
  "xml.doctype": () => "<!DOCTYPE> is not allowed",
  "xml.xml-decl": () => "the <?xml ...?> declaration may only open the file",
  "xml.pi": () => "malformed <? ?> instruction",
  "xml.cdata-end": () => "]]> inside text",
  "xml.char": () => "a character that XML does not allow",
  "xml.prefix": (p: Params) => `prefix ${p.prefix}: is not declared (xmlns:${p.prefix})`,
  "xml.unexpected-lt": () => "< does not open a valid tag",
  xml: (p: Params) => `XML is not well-formed (line ${p.line}, column ${p.col}): ${p.reason}`,
  root: () => 'the root element must be <OfficeApp xsi:type="TaskPaneApp"> (a task-pane add-in XML manifest)',
  "order-after": (p: Params) => `<${p.child}> is out of place in <${p.parent}>: it must come after <${p.other}> (schema order)`,
  "order-before": (p: Params) => `<${p.child}> is out of place in <${p.parent}>: it must come before <${p.other}> (schema order)`,
  unexpected: (p: Params) => `<${p.child}> is not a valid child of <${p.parent}>`,
  missing: (p: Params) => `<${p.element}> is missing from <${p.parent}>`,
  id: (p: Params) => `Id "${p.value}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`,
  version: (p: Params) => `Version "${p.value}" must be a.b.c.d (four numbers, e.g. 1.0.0.0)`,
  permissions: (p: Params) => `Permissions must be ReadWriteDocument (the add-in writes report sheets), not "${p.value}"`,
  locale: (p: Params) => `"${p.value}" is not a valid locale (e.g. vi-VN, en-US)`,
  "too-long": (p: Params) => `${p.what} is ${p.length} characters long, at most ${p.max}`,
  empty: (p: Params) => `${p.what} must not be empty`,
  "shared-runtime": () => 'Requirements lacks <Set Name="SharedRuntime" MinVersion="1.1"/>',
  "host-missing": () => 'VersionOverrides has no <Host xsi:type="Workbook">',
  "runtimes-missing": () => '<Host xsi:type="Workbook"> lacks <Runtimes> (needed for the shared runtime)',
  "runtimes-not-first": (p: Params) => `<Runtimes> must be the first child of <Host xsi:type="Workbook">, it comes after <${p.after}>`,
  lifetime: (p: Params) => `<Runtime> needs lifetime="long" so that custom functions run while the task pane is closed, not "${p.value}"`,
  "runtime-resid": (p: Params) => `<${p.element}> uses resid "${p.resid}" but the shared runtime is "${p.runtime}": all must use the same resid`,
  "cf-missing": () => '<ExtensionPoint xsi:type="CustomFunctions"> is missing from <AllFormFactors>',
  namespace: (p: Params) => `the custom functions namespace is "${p.value}", it must be "${p.expected}"`,
  "resid-undefined": (p: Params) => `<${p.element}> refers to resid "${p.resid}", which <Resources> does not define`,
  "resid-kind": (p: Params) => `<${p.element}> needs a resource of kind ${KIND_NAMES.en[p.expected as ResourceKind]}, but "${p.resid}" is a ${KIND_NAMES.en[p.actual as ResourceKind]}`,
  "resid-duplicate": (p: Params) => `resid "${p.id}" is defined twice`,
  "resid-too-long": (p: Params) => `resid "${p.id}" is longer than 32 characters`,
  "resid-unused": (p: Params) => `resid "${p.id}" is defined but never used`,
  "url-bad": (p: Params) => `"${p.url}" is not a valid URL`,
  "url-https": (p: Params) => `URLs must use https: ${p.url}`,
  "url-origin": (p: Params) => `URL ${p.url} is not on the add-in's origin (${p.origin}); all the add-in's files must be on one server`,
  "icon-outside": (p: Params) => `icon ${p.url} lies outside the add-in's folder (${p.base})`,
  "icon-missing": (p: Params) => `icon file ${p.file} does not exist (for ${p.url})`,
  "icon-not-png": (p: Params) => `${p.file} is not a PNG image`,
  "icon-size": (p: Params) => `${p.file} is ${p.actual}, it must be ${p.expected}×${p.expected} pixels`,
  "icon-heavy": (p: Params) => `${p.file} weighs ${p.kb} KB, it should not exceed 100 KB`,
  "url-placeholder": (p: Params) =>
    `the manifest points to the placeholder ${p.origin}, which an administrator cannot install: set the environment variable BDG_ADDIN_URL=https://your.server/folder/ (or URL_PROD in webpack.config.js) and run npm run build again`,
  "url-dev": (p: Params) =>
    `the manifest points to the development machine ${p.origin} (a npm run build:dev build), which an administrator cannot install: set the environment variable BDG_ADDIN_URL=https://your.server/folder/ and run npm run build`,
  "built-label": (p: Params) => `${p.file} (the production manifest npm run build makes)`,
  "production-config": (p: Params) => `cannot make the production manifest with webpack.config.js: ${p.reason}`,
  warning: () => "warning",
  ok: (p: Params) => `${p.file}: manifest OK${p.warnings ? ` (${p.warnings} warnings)` : ""}`,
  usage: () => "Usage: node scripts/check-manifest.js [manifest.xml] [--lang vi|en] [--root DIR] [--production]",
  unreadable: (p: Params) => `cannot read ${p.file}: ${p.reason}`,
};

export type MessageCode = keyof typeof vi;

const MESSAGES: Record<Lang, Record<MessageCode, Message>> = { vi, en };

/** A problem found in a manifest: a message code, its parameters and the line it is on. */
export interface Problem {
  code: MessageCode;
  params: Params;
  line?: number;
}

export function message(lang: Lang, code: MessageCode, params: Params = {}): string {
  return MESSAGES[lang][code](params);
}

/** A problem in words; an XML error carries the code of its reason. */
export function describe(lang: Lang, p: Problem): string {
  if (p.code === "xml") {
    return message(lang, "xml", { ...p.params, reason: message(lang, p.params.reasonCode as MessageCode, p.params.reasonParams as Params) });
  }
  return message(lang, p.code, p.params);
}
