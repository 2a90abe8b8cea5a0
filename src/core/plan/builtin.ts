import type { PlanInput } from "./schema";

/**
 * The agency's plan for the National Strategy on Gender Equality 2021–2025 (Kế hoạch của Ban Dân tộc
 * tỉnh Lạng Sơn), as data. Titles follow the plan's own wording; keywords let an activity with no
 * task id be matched to its task.
 */
export const BUILTIN_PLAN: PlanInput = {
  id: "bdg-bdt-lang-son-2021-2025",
  title: "Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên địa bàn tỉnh Lạng Sơn",
  issuer: "Ban Dân tộc tỉnh Lạng Sơn",
  period: { start: 2021, end: 2025 },
  effectiveDate: "2021-06-01",
  communesFrom: "2025-07-01",
  sections: [
    { id: "II", title: "Giải pháp" },
    { id: "III", title: "Nội dung" },
    { id: "V", title: "Tổ chức thực hiện" },
  ],
  tasks: [
    {
      id: "II.1",
      title:
        "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, lãnh đạo Ban đối với công tác bình đẳng giới; lồng ghép nội dung bình đẳng giới trong xây dựng chính sách, pháp luật, chương trình, kế hoạch",
      shortTitle: "Lãnh đạo, chỉ đạo; lồng ghép BĐG trong xây dựng chính sách, chương trình, kế hoạch",
      frequency: "annual",
      lead: "Lãnh đạo Ban",
      keywords: ["lanh dao chi dao", "chi dao", "quan triet", "nguoi dung dau"],
    },
    {
      id: "II.2",
      title:
        "Thông tin, tuyên truyền, ứng dụng công nghệ thông tin nâng cao nhận thức; truyền thông thay đổi quan niệm về phân công lao động theo giới trong gia đình",
      shortTitle: "Thông tin, tuyên truyền, ứng dụng CNTT; truyền thông về phân công lao động theo giới",
      frequency: "as-needed",
      lead: "Phòng Nghiệp vụ",
      keywords: ["truyen thong", "cong nghe thong tin", "phan cong lao dong", "chia se viec nha"],
    },
    {
      id: "II.2.1",
      title: "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3",
      shortTitle: "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3",
      frequency: "campaign",
      window: { start: "01/03", end: "31/03" },
      lead: "Phòng Nghiệp vụ",
      keywords: ["8 3", "quoc te phu nu"],
    },
    {
      id: "II.2.2",
      title: "Chiến dịch truyền thông \"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6",
      shortTitle: "\"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6",
      frequency: "campaign",
      window: { start: "01/06", end: "30/06" },
      lead: "Phòng Nghiệp vụ",
      keywords: ["28 6", "gia dinh viet nam", "viec nha binh dang"],
    },
    {
      id: "II.2.3",
      title: "Truyền thông nhân Ngày Phụ nữ Việt Nam 20/10",
      shortTitle: "Truyền thông nhân Ngày Phụ nữ Việt Nam 20/10",
      frequency: "campaign",
      window: { start: "01/10", end: "31/10" },
      lead: "Phòng Nghiệp vụ",
      keywords: ["20 10", "phu nu viet nam"],
    },
    {
      id: "II.2.4",
      title: "Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới (15/11 - 15/12)",
      shortTitle: "Tháng hành động vì BĐG và phòng, chống bạo lực trên cơ sở giới",
      frequency: "campaign",
      window: { start: "15/11", end: "15/12" },
      lead: "Phòng Nghiệp vụ",
      keywords: ["thang hanh dong", "bao luc tren co so gioi", "bltcsg"],
    },
    {
      id: "III.1",
      title: "Nâng cao năng lực cho đội ngũ cán bộ, công chức, người lao động làm công tác dân tộc về công tác bình đẳng giới",
      shortTitle: "Nâng cao năng lực cho cán bộ làm công tác dân tộc về BĐG",
      frequency: "group",
      lead: "Phòng Nghiệp vụ",
      keywords: ["nang cao nang luc"],
    },
    {
      id: "III.1.1",
      title:
        "Hằng năm cử cán bộ, công chức, người lao động tham gia các lớp bồi dưỡng, nâng cao năng lực, kỹ năng về công tác bình đẳng giới",
      shortTitle: "Cử CBCC, người lao động tham gia lớp bồi dưỡng về BĐG",
      frequency: "annual",
      lead: "Phòng Nghiệp vụ",
      keywords: ["boi duong", "tap huan", "lop", "hoi thao"],
    },
    {
      id: "III.1.2",
      title:
        "Xây dựng, trình cấp có thẩm quyền ban hành chính sách hỗ trợ đặc thù của tỉnh cho hoạt động bình đẳng giới tại vùng đồng bào dân tộc thiểu số",
      shortTitle: "Xây dựng, trình ban hành chính sách hỗ trợ đặc thù cho hoạt động BĐG vùng DTTS",
      frequency: "once",
      lead: "Phòng Nghiệp vụ",
      keywords: ["chinh sach ho tro dac thu", "dac thu"],
    },
    {
      id: "III.1.3",
      title: "Lồng ghép nội dung bình đẳng giới với chương trình, đề án, kế hoạch công tác của cơ quan giai đoạn 5 năm và hằng năm",
      shortTitle: "Lồng ghép BĐG trong chương trình, đề án, kế hoạch công tác 5 năm và hằng năm",
      frequency: "annual",
      lead: "Phòng Nghiệp vụ",
      keywords: ["long ghep", "ke hoach cong tac", "de an"],
    },
    {
      id: "III.1.4",
      title:
        "Thực hiện chế độ thông tin, báo cáo về công tác bình đẳng giới; kịp thời xác minh, báo cáo vụ việc đột xuất",
      shortTitle: "Chế độ thông tin, báo cáo; xác minh, báo cáo vụ việc đột xuất",
      frequency: "annual",
      lead: "Phòng Nghiệp vụ",
      keywords: ["bao cao", "che do thong tin", "vu viec dot xuat", "xac minh"],
    },
    {
      id: "III.1.5",
      title: "Khen thưởng, biểu dương kịp thời các cá nhân, tập thể có thành tích xuất sắc trong công tác bình đẳng giới",
      shortTitle: "Khen thưởng, biểu dương cá nhân, tập thể",
      frequency: "as-needed",
      lead: "Văn phòng",
      keywords: ["khen thuong", "bieu duong", "thi dua"],
    },
    {
      id: "III.2",
      title:
        "Hỗ trợ hoạt động lồng ghép tuyên truyền, phổ biến kiến thức pháp luật về bình đẳng giới tại vùng đồng bào dân tộc thiểu số",
      shortTitle: "Lồng ghép tuyên truyền, phổ biến pháp luật về BĐG tại vùng DTTS",
      frequency: "annual",
      lead: "Phòng Nghiệp vụ",
      keywords: ["pho bien phap luat", "tuyen truyen phap luat", "luat binh dang gioi", "hon nhan va gia dinh", "tuyen truyen"],
    },
    {
      id: "V.3",
      title: "Phối hợp với UBND các huyện, thành phố tổ chức thực hiện các hoạt động về bình đẳng giới tại địa phương, cơ sở",
      shortTitle: "Phối hợp với UBND các huyện, thành phố tổ chức hoạt động BĐG tại địa phương",
      frequency: "as-needed",
      lead: "Phòng Nghiệp vụ",
      keywords: ["phoi hop voi ubnd", "tai dia phuong", "co so"],
    },
  ],
  units: [
    // Since 01/3/2025 the agency is the Sở Dân tộc và Tôn giáo: its leaders and office are the same units.
    { name: "Lãnh đạo Ban", aliases: ["LĐ Ban", "Lãnh đạo Ban Dân tộc", "Trưởng Ban", "Phó Trưởng Ban", "Lãnh đạo Sở", "LĐ Sở", "Giám đốc Sở", "Phó Giám đốc Sở"] },
    { name: "Văn phòng", aliases: ["VP", "Văn phòng Ban", "Văn phòng Ban Dân tộc", "Văn phòng Sở", "Văn phòng Sở Dân tộc và Tôn giáo"] },
    { name: "Phòng Nghiệp vụ", aliases: ["NV", "P. Nghiệp vụ", "P.NV", "Phòng NV", "Phòng Nghiệp vụ Sở"] },
    { name: "Thanh tra Ban", aliases: ["Thanh tra", "TTr"] },
    { name: "Phòng Chính sách", aliases: ["Phòng Chính sách dân tộc", "P. Chính sách", "Phòng CS"] },
    { name: "Phòng Kế hoạch - Tổng hợp", aliases: ["Phòng Kế hoạch tổng hợp", "Phòng KH-TH", "Phòng KHTH"] },
    { name: "Các phòng thuộc Ban", aliases: ["Các phòng chuyên môn", "Các phòng, đơn vị thuộc Ban"] },
    { name: "UBND thành phố Lạng Sơn", aliases: ["UBND TP Lạng Sơn", "Thành phố Lạng Sơn", "TP Lạng Sơn"] },
    { name: "UBND huyện Tràng Định", aliases: ["Tràng Định", "huyện Tràng Định"] },
    { name: "UBND huyện Văn Lãng", aliases: ["Văn Lãng", "huyện Văn Lãng"] },
    { name: "UBND huyện Văn Quan", aliases: ["Văn Quan", "huyện Văn Quan"] },
    { name: "UBND huyện Bình Gia", aliases: ["Bình Gia", "huyện Bình Gia"] },
    { name: "UBND huyện Bắc Sơn", aliases: ["Bắc Sơn", "huyện Bắc Sơn"] },
    { name: "UBND huyện Hữu Lũng", aliases: ["Hữu Lũng", "huyện Hữu Lũng"] },
    { name: "UBND huyện Chi Lăng", aliases: ["Chi Lăng", "huyện Chi Lăng"] },
    { name: "UBND huyện Cao Lộc", aliases: ["Cao Lộc", "huyện Cao Lộc"] },
    { name: "UBND huyện Lộc Bình", aliases: ["Lộc Bình", "huyện Lộc Bình"] },
    { name: "UBND huyện Đình Lập", aliases: ["Đình Lập", "huyện Đình Lập"] },
  ],
};
