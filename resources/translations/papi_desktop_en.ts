<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CarriedOverMarks</name>
    <message numerus="yes">
        <source>%n đoạn giữ nguyên từ quý trước</source>
        <translation>
            <numerusform>%n paragraph unchanged from last quarter</numerusform>
            <numerusform>%n paragraphs unchanged from last quarter</numerusform>
        </translation>
    </message>
    <message>
        <source>Đánh dấu đoạn giữ nguyên từ quý trước</source>
        <translation>Mark paragraphs unchanged from last quarter</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>So sánh: %1</source>
        <translation>Compare: %1</translation>
    </message>
    <message>
        <source>So với:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;%1&apos;&gt;chữ thêm mới&lt;/span&gt; · &lt;span style=&apos;%2&apos;&gt;chữ đã bỏ&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;%1&apos;&gt;words added&lt;/span&gt; · &lt;span style=&apos;%2&apos;&gt;words removed&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Không mở được báo cáo này để so sánh.</source>
        <translation>This report could not be opened for the comparison.</translation>
    </message>
    <message>
        <source>Giữ nguyên %1 đoạn, sửa %2, thêm %3, bỏ %4.</source>
        <translation>%1 paragraphs unchanged, %2 changed, %3 added, %4 removed.</translation>
    </message>
    <message>
        <source>Lấy lại đoạn này</source>
        <translation>Take this paragraph back</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Báo cáo được sửa ở cả hai máy</source>
        <translation>Report edited on both computers</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản trên máy này&lt;/b&gt;</source>
        <translation>&lt;b&gt;The version on this computer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản từ tệp kia&lt;/b&gt;</source>
        <translation>&lt;b&gt;The version from the other file&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Giữ bản này</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <source>Lấy bản kia</source>
        <translation>Take the other one</translation>
    </message>
    <message>
        <source>Lấy cả thông tin chung của bản kia (kỳ, số, ngày, người ký, nơi nhận)</source>
        <translation>Also take the other version&apos;s general information (period, number, date, signer, recipients)</translation>
    </message>
    <message>
        <source>“%1” đã được sửa trên cả hai máy. Chọn bản muốn giữ cho từng phần khác nhau. Văn bản bị thay vẫn nằm trong Lịch sử của phần đó; bản từ tệp kia được chuyển vào thùng rác.</source>
        <translation>“%1” was edited on both computers. For each part that differs, choose the version to keep. Replaced text stays in that part&apos;s History; the version from the other file goes to the recycle bin.</translation>
    </message>
    <message>
        <source>Để sau (giữ cả hai bản)</source>
        <translation>Later (keep both versions)</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <source>Tổng hợp báo cáo của các đơn vị</source>
        <translation>Consolidate the departments&apos; reports</translation>
    </message>
    <message>
        <source>Kỳ mới…</source>
        <translation>New period…</translation>
    </message>
    <message>
        <source>Gom tệp của các đơn vị…</source>
        <translation>Gather the departments&apos; files…</translation>
    </message>
    <message>
        <source>Danh sách đơn vị…</source>
        <translation>Departments list…</translation>
    </message>
    <message>
        <source>Mở bản tổng hợp</source>
        <translation>Open the consolidated report</translation>
    </message>
    <message>
        <source>Kỳ báo cáo:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Kỳ mới</source>
        <translation>New period</translation>
    </message>
    <message>
        <source>Tổng hợp báo cáo của kỳ (ví dụ quý II/2026):</source>
        <translation>Consolidate the reports of the period (e.g. quý II/2026):</translation>
    </message>
    <message>
        <source>“%1” không phải một kỳ báo cáo; viết như “quý II/2026”.</source>
        <translation>“%1” is not a reporting period; write it like “quý II/2026”.</translation>
    </message>
    <message>
        <source>Chọn báo cáo của các đơn vị</source>
        <translation>Choose the departments&apos; reports</translation>
    </message>
    <message>
        <source>Báo cáo (*.papi *.docx *.txt);;Mọi tệp (*)</source>
        <translation>Reports (*.papi *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Đã gom %1 báo cáo, cập nhật %2, không gom %3 tệp.</source>
        <translation>Gathered %1 reports, updated %2, refused %3 files.</translation>
    </message>
    <message>
        <source>Danh sách đơn vị phải báo cáo</source>
        <translation>Departments expected to report</translation>
    </message>
    <message>
        <source>Mỗi dòng một đơn vị:</source>
        <translation>One department per line:</translation>
    </message>
    <message>
        <source>Chưa có bản tổng hợp nào. Bấm “Kỳ mới…” để bắt đầu.</source>
        <translation>No consolidation yet. Press “New period…” to start.</translation>
    </message>
    <message>
        <source>%1/%2 đơn vị có báo cáo; %3 ô trống; %4 đơn vị có bản mới hơn bản đã gom.</source>
        <translation>%1/%2 departments have reported; %3 empty cells; %4 departments have a newer version than the one gathered.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Chưa gửi báo cáo</source>
        <translation>Has not reported</translation>
    </message>
    <message>
        <source>chưa gửi</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>Đơn vị chưa viết phần này</source>
        <translation>The department wrote nothing in this part</translation>
    </message>
    <message>
        <source>Tệp của đơn vị đã thay đổi sau khi gom: hãy gom lại</source>
        <translation>The department&apos;s file changed after it was gathered: gather it again</translation>
    </message>
    <message>
        <source>Chèn</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Chèn tất cả</source>
        <translation>Insert all</translation>
    </message>
    <message>
        <source>đã chèn</source>
        <translation>inserted</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Cơ sở dữ liệu báo cáo (*.papi);;Mọi tệp (*)</source>
        <translation>Report databases (*.papi);;All files (*)</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Lưu bản sao thành</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Đã lưu bản sao</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <source>Tệp đang mở không đọc được nữa, nên bản sao “%1” chỉ gồm báo cáo đang soạn, với mọi thay đổi trên màn hình. Khi tệp gốc dùng lại được, hãy mở tệp gốc rồi đưa bản sao vào bằng Tệp → Nhập từ cơ sở dữ liệu khác…</source>
        <translation>The open file cannot be read any more, so the copy “%1” holds only the report being edited, with every change on the screen. When the original file can be used again, open it and bring the copy in with File → Import from another database…</translation>
    </message>
    <message>
        <source>Đã lưu bản sao, gồm cả những thay đổi chưa ghi được vào tệp đang mở: %1</source>
        <translation>Copy saved, including the changes that could not be written to the open file: %1</translation>
    </message>
    <message>
        <source>Đã lưu bản sao: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Bản sao lưu tự động</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động nào của tệp này. Mỗi ngày mở tệp, chương trình tự giữ một bản (7 ngày gần nhất).</source>
        <translation>There is no automatic backup of this file yet. Each day the file is opened, the program keeps a copy (the last 7 days).</translation>
    </message>
    <message>
        <source> (trước lần khôi phục)</source>
        <translation> (before a restore)</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Chọn bản muốn khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu trước khi thay.</source>
        <translation>Choose the copy to restore. The current file is kept as a backup before it is replaced.</translation>
    </message>
    <message>
        <source>Không khôi phục được: %1</source>
        <translation>Could not restore: %1</translation>
    </message>
    <message>
        <source>Đã khôi phục bản sao lưu ngày %1.</source>
        <translation>Restored the backup of %1.</translation>
    </message>
    <message>
        <source>Nhập từ cơ sở dữ liệu khác</source>
        <translation>Import from another database</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Năm phải có 4 chữ số (ví dụ 2022).</source>
        <translation>The year needs 4 digits (for example 2022).</translation>
    </message>
    <message>
        <source>Chưa gõ ngày. Hãy gõ ngày/tháng/năm, ví dụ 15/07/2022.</source>
        <translation>No date typed. Type day/month/year, for example 15/07/2022.</translation>
    </message>
    <message>
        <source>Gõ liền thì cần đủ 8 chữ số ngày-tháng-năm, ví dụ 15072022; hoặc gõ có dấu /, ví dụ 15/7/2022.</source>
        <translation>Without separators, type all 8 digits day-month-year, for example 15072022; or use /, for example 15/7/2022.</translation>
    </message>
    <message>
        <source>Hãy gõ đủ ngày, tháng, năm, ví dụ 15/07/2022.</source>
        <translation>Type day, month and year, for example 15/07/2022.</translation>
    </message>
    <message>
        <source>Hãy gõ ngày trước, rồi tháng, rồi năm, ví dụ 15/07/2022.</source>
        <translation>Type the day first, then the month, then the year, for example 15/07/2022.</translation>
    </message>
    <message>
        <source>Không có tháng %1 (tháng chỉ từ 1 đến 12).</source>
        <translation>There is no month %1 (months go from 1 to 12).</translation>
    </message>
    <message>
        <source>Không có ngày %1/%2/%3 (tháng %2 năm %3 chỉ có %4 ngày).</source>
        <translation>There is no date %1/%2/%3 (month %2 of %3 has only %4 days).</translation>
    </message>
    <message>
        <source>Không nhận “%1”. %2 Ngày vẫn là %3.</source>
        <translation>“%1” was not taken. %2 The date is still %3.</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>Gõ ngày/tháng/năm, ví dụ 15/07/2022 hoặc 15072022</source>
        <translation>Type day/month/year, for example 15/07/2022 or 15072022</translation>
    </message>
    <message>
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the date on a calendar</translation>
    </message>
    <message>
        <source>Ngày phải từ %1 đến %2.</source>
        <translation>The date must be between %1 and %2.</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>Mở đầu và phần %1</source>
        <translation>Opening and part %1</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Tìm trong báo cáo</source>
        <translation>Find in the report</translation>
    </message>
    <message>
        <source>Thay bằng</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Tìm lùi (Shift+F3)</source>
        <translation>Find previous (Shift+F3)</translation>
    </message>
    <message>
        <source>Tìm tiếp (F3)</source>
        <translation>Find next (F3)</translation>
    </message>
    <message>
        <source>Thay</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Thay chỗ đang chọn rồi tìm tiếp</source>
        <translation>Replace the selected match and find the next</translation>
    </message>
    <message>
        <source>Thay tất cả</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Thay mọi chỗ tìm thấy trong báo cáo</source>
        <translation>Replace every match in the report</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Phân biệt hoa/thường</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Nguyên từ</source>
        <translation>Whole word</translation>
    </message>
    <message>
        <source>Bỏ qua dấu</source>
        <translation>Ignore diacritics</translation>
    </message>
    <message>
        <source>Tìm “quy” thấy cả “quý”, “Quy”, “quỹ”</source>
        <translation>“quy” also finds “quý”, “Quy”, “quỹ”</translation>
    </message>
    <message>
        <source>Tìm trong báo cáo…</source>
        <translation>Find in the report…</translation>
    </message>
    <message>
        <source>Tìm và thay…</source>
        <translation>Find and replace…</translation>
    </message>
    <message>
        <source>Tìm tiếp</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Tìm lùi</source>
        <translation>Find previous</translation>
    </message>
    <message>
        <source>Không thấy</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <source>%n chỗ</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Đã thay %n chỗ</source>
        <translation>
            <numerusform>Replaced %n match</numerusform>
            <numerusform>Replaced %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <source>UBND TỈNH QUẢNG TRỊ</source>
        <translation>UBND TỈNH QUẢNG TRỊ</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>SỞ KHOA HỌC VÀ CÔNG NGHỆ</source>
        <translation>SỞ KHOA HỌC VÀ CÔNG NGHỆ</translation>
    </message>
    <message>
        <source>Tên cơ quan trong câu</source>
        <translation>Agency name in sentences</translation>
    </message>
    <message>
        <source>Sở Khoa học và Công nghệ</source>
        <translation>Sở Khoa học và Công nghệ</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>để trống đến khi văn thư cấp số</source>
        <translation>leave empty until the records office assigns a number</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>BC-SKHCN</source>
        <translation>BC-SKHCN</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Quảng Trị</source>
        <translation>Quảng Trị</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Tự động theo kỳ báo cáo</source>
        <translation>Automatic from the reporting period</translation>
    </message>
    <message>
        <source>Kính gửi</source>
        <translation>To (addressee)</translation>
    </message>
    <message>
        <source>để trống nếu báo cáo không gửi lên cấp trên</source>
        <translation>leave empty unless the report is sent to a higher body</translation>
    </message>
    <message>
        <source>Báo cáo gửi lên cấp trên ghi “Kính gửi: …” dưới trích yếu; khi đó Nơi nhận bắt đầu bằng “Như trên”.</source>
        <translation>A report sent to a higher body carries “Kính gửi: …” under the trích yếu; Nơi nhận then begins with “Như trên”.</translation>
    </message>
    <message>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Chức vụ người đứng đầu</source>
        <translation>Head&apos;s position</translation>
    </message>
    <message>
        <source>GIÁM ĐỐC</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <source>PHÓ GIÁM ĐỐC</source>
        <translation>PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Signer&apos;s full name</translation>
    </message>
    <message>
        <source>Nguyễn Văn A</source>
        <translation>Nguyễn Văn A</translation>
    </message>
    <message>
        <source>Nơi nhận
(mỗi dòng một nơi)</source>
        <translation>Recipients
(one per line)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Filed at</translation>
    </message>
    <message>
        <source>VT, VP</source>
        <translation>VT, VP</translation>
    </message>
    <message>
        <source>(không có — người đứng đầu ký)</source>
        <translation>(none — the head signs)</translation>
    </message>
    <message>
        <source>Giữ chữ hoa/thường của đề mục như đã gõ</source>
        <translation>Keep the case of the headings as typed</translation>
    </message>
    <message>
        <source>Theo mẫu của Nghị định 30/2020/NĐ-CP, đề mục các phần (I, II, III…) in hoa toàn bộ. Đánh dấu ô này để in đề mục đúng như đã gõ, không in hoa cả dòng.</source>
        <translation>Decree 30/2020/NĐ-CP prints the part headings (I, II, III…) in capitals. Tick this box to print them exactly as typed, not in capitals.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Hướng dẫn sử dụng papi-desktop</source>
        <translation>papi-desktop user guide</translation>
    </message>
    <message>
        <source>Tìm trong hướng dẫn (gõ có dấu hoặc không dấu)</source>
        <translation>Find in the guide (with or without accents)</translation>
    </message>
    <message>
        <source>◀ Trước</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Tiếp ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source># Không tìm thấy hướng dẫn

Tệp hướng dẫn (%1) không có trong bản cài đặt này. Hãy cài lại papi-desktop.</source>
        <translation># User guide not found

The guide (%1) is missing from this installation. Please reinstall papi-desktop.</translation>
    </message>
    <message>
        <source>Không thấy</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Dùng để</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>&lt;p&gt;Soạn, lưu và in báo cáo quý về duy trì và củng cố Chỉ số PAPI theo Nghị định 30/2020/NĐ-CP. Chạy không cần mạng.&lt;/p&gt;&lt;p&gt;Giấy phép của papi-desktop: MIT.&lt;/p&gt;&lt;h3&gt;Thành phần dùng trong chương trình&lt;/h3&gt;</source>
        <translation>&lt;p&gt;Drafts, keeps and prints the quarterly report on maintaining and improving the PAPI index, laid out under Decree 30/2020/NĐ-CP. Works offline.&lt;/p&gt;&lt;p&gt;papi-desktop&apos;s licence: MIT.&lt;/p&gt;&lt;h3&gt;Components used in the program&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt và PySide6 được dùng theo giấy phép GNU LGPL phiên bản 3: mã nguồn có tại &lt;a href=&apos;https://download.qt.io/&apos;&gt;download.qt.io&lt;/a&gt;; bạn có quyền thay các thư viện Qt đi kèm bằng bản khác. &lt;a href=&apos;%1&apos;&gt;Giấy phép phông chữ&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt and PySide6 are used under the GNU LGPL version 3: their source code is at &lt;a href=&apos;https://download.qt.io/&apos;&gt;download.qt.io&lt;/a&gt;; you may replace the bundled Qt libraries with other builds. &lt;a href=&apos;%1&apos;&gt;Font licence&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Giới thiệu papi-desktop</source>
        <translation>About papi-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử của phần đang sửa</source>
        <translation>History of the part being edited</translation>
    </message>
    <message>
        <source>%1 — %2 từ</source>
        <translation>%1 — %2 words</translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Phần này chưa có bản lưu trước nào.</source>
        <translation>This part has no earlier saved version yet.</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Kiểm tra báo cáo nhập từ tệp</source>
        <translation>Check the report imported from a file</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</translation>
    </message>
    <message>
        <source>Ngày của văn bản: %1</source>
        <translation>Document date: %1</translation>
    </message>
    <message>
        <source>Ngày của văn bản: chưa có — tệp không ghi ngày hợp lệ (tạm để ngày hôm nay); hãy điền ở thẻ Thông tin chung.</source>
        <translation>Document date: none — the file gives no valid date (today&apos;s for now); enter it on the General tab.</translation>
    </message>
    <message>
        <source>Đoạn văn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Thuộc phần</source>
        <translation>Belongs to part</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Chỉ hiện đoạn cần xem lại (%1)</source>
        <translation>Show only paragraphs to check (%1)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lưu thành bản nháp</source>
        <translation>Save as a draft</translation>
    </message>
    <message>
        <source>Chưa xếp được phần nào</source>
        <translation>Not placed in any part</translation>
    </message>
    <message>
        <source>Đã sửa dấu thanh</source>
        <translation>Tone marks mended</translation>
    </message>
    <message>
        <source>Dấu thanh rời, giữ nguyên</source>
        <translation>Loose tone marks, left as they were</translation>
    </message>
    <message>
        <source>Trong tệp: %1</source>
        <translation>In the file: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>papi-desktop</source>
        <translation>papi-desktop</translation>
    </message>
    <message>
        <source>Tìm trong mọi báo cáo… (Ctrl+Shift+F)</source>
        <translation>Search all reports… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sửa lần cuối</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Hiện cả báo cáo đã xóa</source>
        <translation>Show deleted reports too</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu gần đây</source>
        <translation>Recent databases</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Thêm phần</source>
        <translation>Add a part</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Lưu bản sao thành…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <source>Nhập từ cơ sở dữ liệu khác…</source>
        <translation>Import from another database…</translation>
    </message>
    <message>
        <source>Nhập từ tệp Word…</source>
        <translation>Import from a Word file…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tự động…</source>
        <translation>Restore an automatic backup…</translation>
    </message>
    <message>
        <source>Lưu ngay</source>
        <translation>Save now</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Xuất ra Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Xuất ra PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Gạch đầu dòng</source>
        <translation>Bullet</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Tìm trong các báo cáo</source>
        <translation>Search the reports</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>So sánh với quý trước…</source>
        <translation>Compare with last quarter…</translation>
    </message>
    <message>
        <source>Thống nhất cách bỏ dấu…</source>
        <translation>Make tone marks consistent…</translation>
    </message>
    <message>
        <source>Điểm PAPI của tỉnh…</source>
        <translation>Province&apos;s PAPI scores…</translation>
    </message>
    <message>
        <source>Tổng hợp báo cáo của các đơn vị…</source>
        <translation>Consolidate the departments&apos; reports…</translation>
    </message>
    <message>
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Báo cáo quý mới (từ báo cáo gần nhất)</source>
        <translation>New quarter&apos;s report (from the latest report)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Nhân bản báo cáo</source>
        <translation>Duplicate report</translation>
    </message>
    <message>
        <source>Xóa báo cáo</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <source>Đánh dấu đã hoàn thành</source>
        <translation>Mark as final</translation>
    </message>
    <message>
        <source>Lịch sử của phần đang sửa…</source>
        <translation>History of the part being edited…</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source> (chỉ đọc)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Chưa chọn báo cáo nào. Bấm “Mới” hoặc Báo cáo → Báo cáo quý mới để bắt đầu.</source>
        <translation>No report is selected. Press “New” or Report → New quarter&apos;s report to start.</translation>
    </message>
    <message>
        <source>Báo cáo này đang ở thùng rác nên chỉ xem được; bấm “Khôi phục” để sửa tiếp.</source>
        <translation>This report is in the recycle bin, so it can only be viewed; press “Restore” to edit it again.</translation>
    </message>
    <message>
        <source>Báo cáo này đã được đánh dấu hoàn thành nên chỉ xem được. Chọn Báo cáo → Mở lại để sửa nếu cần chỉnh sửa, hoặc Báo cáo quý mới để soạn quý sau.</source>
        <translation>This report is marked as final, so it can only be viewed. Choose Report → Reopen for editing to change it, or New quarter&apos;s report to draft the next quarter.</translation>
    </message>
    <message>
        <source>Đã chuyển báo cáo vào thùng rác; bật “Hiện cả báo cáo đã xóa” để khôi phục.</source>
        <translation>The report was moved to the recycle bin; tick “Show deleted reports too” to restore it.</translation>
    </message>
    <message>
        <source>Mở lại để sửa</source>
        <translation>Reopen for editing</translation>
    </message>
    <message>
        <source>Nhập báo cáo từ tệp</source>
        <translation>Import a report from a file</translation>
    </message>
    <message>
        <source>Báo cáo Word hoặc văn bản (*.docx *.txt)</source>
        <translation>Word or text report (*.docx *.txt)</translation>
    </message>
    <message>
        <source>Đã nhập %1 thành bản nháp.</source>
        <translation>Imported %1 as a draft.</translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Chưa lưu được — sẽ thử lại: %1</source>
        <translation>Not saved yet — will try again: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu:
%1

Nội dung vẫn còn trong cửa sổ và chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác: bản sao có cả những thay đổi chưa ghi được.</source>
        <translation>Could not write to the database:
%1

Your text is still in the window and the program will keep trying. You can use File → Save a copy as… to save elsewhere: the copy includes the changes not yet written.</translation>
    </message>
    <message>
        <source>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu (ổ USB đã rút, ổ đĩa đầy…). Hãy lưu một bản sao sang nơi khác (ví dụ thư mục Tài liệu) trước khi đóng.</source>
        <translation>The last changes could not be written to the database (USB stick removed, disk full…). Save a copy elsewhere (for example in Documents) before closing.</translation>
    </message>
    <message>
        <source>Lưu bản sao rồi đóng…</source>
        <translation>Save a copy, then close…</translation>
    </message>
    <message>
        <source>Đóng, bỏ các thay đổi</source>
        <translation>Close and discard the changes</translation>
    </message>
    <message>
        <source>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu, nên chưa thể làm việc này. Nội dung vẫn còn trong cửa sổ; chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác.</source>
        <translation>The latest changes could not be written to the database yet, so this cannot be done now. The text is still in the window and saving will be retried. File → Save a copy as… can save it elsewhere.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <source>Không sửa được gì trong tệp này; vẫn xem, in và xuất được. Muốn sửa, hãy dùng Tệp → Lưu bản sao thành… để có một bản sửa được ở nơi khác.</source>
        <translation>Nothing can be changed in this file; you can still view, print and export. To edit, use File → Save a copy as… to get an editable copy elsewhere.</translation>
    </message>
    <message>
        <source>Tệp này được mở ở chế độ chỉ đọc.</source>
        <translation>This file is open read-only.</translation>
    </message>
    <message>
        <source>Chỉ đọc: %1.</source>
        <translation>Read-only: %1.</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n từ</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Thu nhỏ trang (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Mức phóng to của bản xem trước</source>
        <translation>Zoom level of the preview</translation>
    </message>
    <message>
        <source>Phóng to trang (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Trang vừa chiều rộng khung (Ctrl+0)</source>
        <translation>Fit the page to the width of the pane (Ctrl+0)</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Thấy trọn một trang</source>
        <translation>Show one whole page</translation>
    </message>
</context>
<context>
    <name>ReportListPanel</name>
    <message>
        <source>Hoàn thành</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã xóa</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <source>Tệp bộ chỉ số bị lỗi</source>
        <translation>Index catalogue file with errors</translation>
    </message>
    <message>
        <source>Không dùng được các tệp bộ chỉ số sau:

%1</source>
        <translation>These index catalogue files cannot be used:

%1</translation>
    </message>
    <message>
        <source>Báo cáo theo bộ chỉ số nào?</source>
        <translation>Which index is the report about?</translation>
    </message>
    <message>
        <source>Chọn bộ chỉ số của báo cáo mới:</source>
        <translation>Choose the index of the new report:</translation>
    </message>
    <message>
        <source>Đã tạo báo cáo %1 từ báo cáo %2.</source>
        <translation>Made the %1 report from the %2 report.</translation>
    </message>
    <message numerus="yes">
        <source>Đã cập nhật %n chỗ nhắc kỳ báo cáo (Ctrl+Z trong từng phần để hoàn tác).</source>
        <translation>
            <numerusform>Updated %n period reference (Ctrl+Z in each part to undo).</numerusform>
            <numerusform>Updated %n period references (Ctrl+Z in each part to undo).</numerusform>
        </translation>
    </message>
    <message>
        <source>(Báo cáo đã có mọi phần)</source>
        <translation>(The report already has every part)</translation>
    </message>
    <message>
        <source>Hãy đặt con trỏ vào phần muốn chèn (không phải Thông tin chung) rồi mở lại Điểm PAPI của tỉnh.</source>
        <translation>Put the cursor in the part to insert into (not General information), then open the province&apos;s PAPI scores again.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Còn phần trống</source>
        <translation>Empty parts</translation>
    </message>
    <message>
        <source>Các phần sau chưa có nội dung, nên sẽ chỉ in ra đề mục:

%1

Vẫn tiếp tục, hay quay lại để viết thêm?</source>
        <translation>These parts have no content yet, so only their headings will be printed:

%1

Go on anyway, or go back and write more?</translation>
    </message>
    <message>
        <source>Quay lại soạn tiếp</source>
        <translation>Go back and write</translation>
    </message>
    <message>
        <source>Vẫn xuất</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <source>Đã xuất %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo ra:
%1

Mở tệp này ngay?</source>
        <translation>The report was exported to:
%1

Open this file now?</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Vẫn in</source>
        <translation>Print anyway</translation>
    </message>
    <message>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>RequarterDialog</name>
    <message>
        <source>Cập nhật kỳ báo cáo trong nội dung</source>
        <translation>Update the reporting period in the text</translation>
    </message>
    <message>
        <source>Nội dung chép từ báo cáo quý trước còn nhắc đến kỳ cũ. Xem từng chỗ đề nghị sửa dưới đây (chữ gạch là chữ cũ, chữ tô xanh là chữ mới); bỏ dấu chọn ở chỗ không muốn sửa. Ngày tháng và số hiệu văn bản đã ban hành không bao giờ bị sửa.</source>
        <translation>The text copied from last quarter&apos;s report still names the old period. Check each proposed change below (struck words are the old ones, green words the new); untick any you do not want. Dates and numbers of documents already issued are never changed.</translation>
    </message>
    <message>
        <source>Có thể là trích dẫn một văn bản đã ban hành: chưa chọn sẵn.</source>
        <translation>This may cite a document already issued, so it is not ticked.</translation>
    </message>
    <message>
        <source>Sửa tất cả</source>
        <translation>Change all</translation>
    </message>
    <message>
        <source>Sửa các chỗ đã chọn</source>
        <translation>Change the ticked ones</translation>
    </message>
    <message>
        <source>Không sửa gì</source>
        <translation>Change nothing</translation>
    </message>
</context>
<context>
    <name>RevisionTools</name>
    <message>
        <source>Đánh dấu đoạn giữ nguyên từ quý trước</source>
        <translation>Mark paragraphs unchanged since last quarter</translation>
    </message>
    <message>
        <source>Hãy chọn một phần của báo cáo (không phải Thông tin chung) để so sánh.</source>
        <translation>Choose a part of the report (not General information) to compare.</translation>
    </message>
    <message>
        <source>Chưa có báo cáo nào khác để so sánh.</source>
        <translation>There is no other report to compare with.</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Điểm PAPI của tỉnh</source>
        <translation>The province&apos;s PAPI scores</translation>
    </message>
    <message>
        <source>Thêm năm…</source>
        <translation>Add year…</translation>
    </message>
    <message>
        <source>Nhập từ tệp…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố:</source>
        <translation>Province or city:</translation>
    </message>
    <message>
        <source>Tổng điểm</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Điểm mỗi nội dung từ 1 đến 10 (viết 5,24); để trống ô Tổng điểm thì tổng được cộng từ 8 nội dung.</source>
        <translation>Each dimension is scored 1 to 10 (write 5,24); leave Total empty to have the 8 dimensions added up.</translation>
    </message>
    <message>
        <source>Lưu điểm</source>
        <translation>Save scores</translation>
    </message>
    <message>
        <source>Chèn bảng điểm</source>
        <translation>Insert score table</translation>
    </message>
    <message>
        <source>Chèn biểu đồ</source>
        <translation>Insert chart</translation>
    </message>
    <message>
        <source>Chèn câu nhận xét</source>
        <translation>Insert summary sentence</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hãy ghi tên tỉnh, thành phố.</source>
        <translation>Please write the province or city.</translation>
    </message>
    <message>
        <source>Ô “%1”, năm %2: “%3” không phải một số.</source>
        <translation>Cell “%1”, year %2: “%3” is not a number.</translation>
    </message>
    <message>
        <source>Năm %1 còn thiếu điểm: %2.</source>
        <translation>Year %1 is missing scores: %2.</translation>
    </message>
    <message>
        <source>Năm %1: %2.</source>
        <translation>Year %1: %2.</translation>
    </message>
    <message>
        <source>Năm khảo sát:</source>
        <translation>Survey year:</translation>
    </message>
    <message>
        <source>Chọn tệp điểm</source>
        <translation>Choose a scores file</translation>
    </message>
    <message>
        <source>Bảng điểm (*.csv *.xlsx)</source>
        <translation>Score sheets (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>- Gạch đầu dòng</source>
        <translation>- Bullet</translation>
    </message>
    <message>
        <source>Thêm hoặc bỏ “- ” ở đầu các dòng đang chọn (Ctrl+L)</source>
        <translation>Add or remove “- ” at the start of the selected lines (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lịch sử…</source>
        <translation>History…</translation>
    </message>
    <message numerus="yes">
        <source>%n đoạn giữ nguyên từ quý trước</source>
        <translation>
            <numerusform>%n paragraph unchanged since last quarter</numerusform>
            <numerusform>%n paragraphs unchanged since last quarter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n từ</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <source>(Không có gợi ý)</source>
        <translation>(No suggestions)</translation>
    </message>
    <message>
        <source>Thêm vào từ điển</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <source>Thêm “%1” vào danh sách từ của cơ quan (lưu trong tệp báo cáo)</source>
        <translation>Add “%1” to the agency’s word list (kept in the report file)</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>SpellTools</name>
    <message>
        <source>Đã thêm “%1” vào từ điển của cơ quan.</source>
        <translation>Added “%1” to the agency&apos;s dictionary.</translation>
    </message>
    <message>
        <source>Báo cáo đã bỏ dấu thống nhất một kiểu.</source>
        <translation>The report already places its tone marks one way.</translation>
    </message>
    <message>
        <source>kiểu cũ (hòa, thủy, khỏe)</source>
        <translation>the traditional style (hòa, thủy, khỏe)</translation>
    </message>
    <message>
        <source>kiểu mới (hoà, thuỷ, khoẻ)</source>
        <translation>the new style (hoà, thuỷ, khoẻ)</translation>
    </message>
    <message>
        <source>Thống nhất cách bỏ dấu</source>
        <translation>Make tone marks consistent</translation>
    </message>
    <message>
        <source>Báo cáo dùng cả hai cách đặt dấu thanh: %1 ở %2 từ và %3 ở %4 từ (%5).

Đổi các từ này sang %1, cách báo cáo dùng nhiều hơn?</source>
        <translation>The report places tone marks both ways: %1 in %2 words and %3 in %4 words (%5).

Change these words to %1, the style the report uses most?</translation>
    </message>
    <message>
        <source>Đổi</source>
        <translation>Change</translation>
    </message>
    <message numerus="yes">
        <source>Đã đổi %n từ sang cùng một cách bỏ dấu.</source>
        <translation>
            <numerusform>Changed %n word to the same tone-mark style.</numerusform>
            <numerusform>Changed %n words to the same tone-mark style.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableDialogs</name>
    <message>
        <source>Chèn bảng</source>
        <translation>Insert table</translation>
    </message>
    <message>
        <source>Số dòng (kể cả dòng tiêu đề):</source>
        <translation>Rows (header row included):</translation>
    </message>
    <message>
        <source>Số cột:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Độ rộng các cột</source>
        <translation>Column widths</translation>
    </message>
    <message>
        <source>Cột %1:</source>
        <translation>Column %1:</translation>
    </message>
</context>
<context>
    <name>TableEditing</name>
    <message>
        <source>Tên bảng</source>
        <translation>Table caption</translation>
    </message>
    <message>
        <source>Tên bảng (in phía trên bảng, tự đánh số “Bảng 1.”):</source>
        <translation>Caption (printed above the table, numbered “Bảng 1.” automatically):</translation>
    </message>
    <message>
        <source>Chèn bảng…</source>
        <translation>Insert table…</translation>
    </message>
    <message>
        <source>Thêm dòng phía dưới</source>
        <translation>Insert row below</translation>
    </message>
    <message>
        <source>Thêm dòng phía trên</source>
        <translation>Insert row above</translation>
    </message>
    <message>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <source>Thêm cột bên phải</source>
        <translation>Insert column right</translation>
    </message>
    <message>
        <source>Thêm cột bên trái</source>
        <translation>Insert column left</translation>
    </message>
    <message>
        <source>Xóa cột</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <source>Dòng tiêu đề (lặp lại mỗi trang)</source>
        <translation>Header row (repeated on every page)</translation>
    </message>
    <message>
        <source>Độ rộng các cột…</source>
        <translation>Column widths…</translation>
    </message>
    <message>
        <source>Tên bảng…</source>
        <translation>Table caption…</translation>
    </message>
    <message>
        <source>Xóa bảng</source>
        <translation>Delete table</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Không tìm thấy tệp “{path}”.</source>
        <translation>File “{path}” was not found.</translation>
    </message>
    <message>
        <source>“{path}” không phải là một tệp.</source>
        <translation>“{path}” is not a file.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{path}” ({reason}).</source>
        <translation>Cannot read file “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Tệp “{path}” trống (0 byte): việc chép tệp chưa xong. Hãy chép lại tệp từ máy gốc.</source>
        <translation>File “{path}” is empty (0 bytes): the copy did not finish. Copy the file again from the original computer.</translation>
    </message>
    <message>
        <source>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop (không phải tệp SQLite).</source>
        <translation>File “{path}” is not a papi-desktop database (not a SQLite file).</translation>
    </message>
    <message>
        <source>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.</source>
        <translation>File “{path}” is not a papi-desktop database.</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị cụt (thiếu phần cuối), có thể do rút USB khi đang chép. Hãy chép lại tệp từ máy gốc.</source>
        <translation>File “{path}” is cut short (its end is missing), perhaps because the USB stick was pulled out while copying. Copy the file again from the original computer.</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị hỏng, không đọc được. Hãy dùng một bản sao lưu hoặc chép lại tệp từ máy gốc.</source>
        <translation>File “{path}” is damaged and cannot be read. Use a backup copy or copy the file again from the original computer.</translation>
    </message>
    <message>
        <source>Tệp “{path}” có cấu trúc khác với cơ sở dữ liệu của papi-desktop (thiếu bảng hoặc cột, hoặc có thêm trigger, view lạ). Để an toàn, chương trình không mở tệp này.</source>
        <translation>File “{path}” is structured differently from a papi-desktop database (tables or columns missing, or unknown triggers or views added). To be safe, the program does not open it.</translation>
    </message>
    <message>
        <source>Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. Hãy cập nhật papi-desktop để mở tệp này.</source>
        <translation>File “{path}” was made by a newer version of papi-desktop. Update papi-desktop to open it.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>File “{path}” is being used by another program. Close that program and try again.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp “{path}”: tệp hoặc thư mục chứa nó chỉ cho phép đọc.</source>
        <translation>Cannot write to file “{path}”: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không lưu được vào tệp “{path}”.</source>
        <translation>The disk is full; nothing could be saved to file “{path}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm, tệp hay thư mục không bị đổi tên hoặc xóa; chương trình sẽ thử lưu lại.</source>
        <translation>File “{path}” was not found. Check that the drive (USB stick) is still plugged in and that the file or folder was not renamed or deleted; the program will try to save again.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{path}” ({reason}).</source>
        <translation>Cannot read or write file “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{path}” (lỗi vào/ra của ổ đĩa). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.</source>
        <translation>Cannot read or write file “{path}” (the drive reported an input/output error). Check that the drive (USB stick) is still plugged in and try again.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào “{path}”. Hãy chọn thư mục khác.</source>
        <translation>You have no permission to write to “{path}”. Choose another folder.</translation>
    </message>
    <message>
        <source>Thư mục “{folder}” không tồn tại.</source>
        <translation>Folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <source>Không tạo được tệp “{path}”: {reason}.</source>
        <translation>Cannot create file “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đã có. Hãy chọn tên khác hoặc mở tệp đó.</source>
        <translation>File “{path}” already exists. Choose another name or open that file.</translation>
    </message>
    <message>
        <source>Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn và cần được cập nhật, nhưng đang mở ở chế độ chỉ đọc. Hãy chép tệp vào máy rồi mở bản chép.</source>
        <translation>File “{path}” was made by an older version of papi-desktop and needs updating, but it is open read-only. Copy the file to this computer and open the copy.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</source>
        <translation>The database is open read-only; changes cannot be saved. To edit, copy the file to this computer (for example to Documents) and open the copy, or close the file on the computer that is editing it and open it again.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi: {reason}. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</source>
        <translation>The database is open read-only; changes cannot be saved: {reason}. To edit, copy the file to this computer (for example to Documents) and open the copy, or close the file on the computer that is editing it and open it again.</translation>
    </message>
    <message>
        <source>tệp hoặc thư mục chứa nó chỉ cho phép đọc (ổ USB bị khóa ghi, đĩa CD, hoặc thư mục không có quyền ghi)</source>
        <translation>the file or its folder is read-only (a write-protected USB stick, a CD, or a folder without write permission)</translation>
    </message>
    <message>
        <source>Không mở được tệp “{path}”: tệp đang được mở ở chương trình khác.</source>
        <translation>Cannot open file “{path}”: it is open in another program.</translation>
    </message>
    <message>
        <source>Tệp có một lần lưu bị ngắt giữa chừng (có tệp “-journal” bên cạnh). Lệnh chỉ đọc dùng nội dung đã khôi phục mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao của tệp và tệp “-journal” trong thư mục sao lưu rồi mới khôi phục lần lưu cuối cùng trọn vẹn.</source>
        <translation>A save to this file was cut off half-way (there is a “-journal” file beside it). Commands that only read use the recovered content without changing the file; when the file is opened for editing, papi-desktop first keeps a copy of the file and its “-journal” in the backups folder, then restores the last complete save.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp có tệp “-wal” (nhật ký của một chương trình SQLite khác) chứa những thay đổi chưa ghi vào tệp. Lệnh chỉ đọc dùng nội dung đó mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao rồi mới ghi các thay đổi đó vào tệp.</source>
        <translation>Beside the file there is a “-wal” file (the log of another SQLite program) holding changes not yet written into the file. Commands that only read use that content without changing the file; when the file is opened for editing, papi-desktop first keeps a copy, then writes those changes into the file.</translation>
    </message>
    <message>
        <source>Tệp “{journal}” bên cạnh tệp “{path}” không thuộc về tệp này (có thể đã được chép cùng một tệp khác). Để an toàn, chương trình không dùng nó và không mở tệp. Hãy chuyển tệp “{journal}” ra chỗ khác (đừng xóa nếu chưa chắc) rồi mở lại.</source>
        <translation>File “{journal}” beside file “{path}” does not belong to this file (it may have been copied along with a different file). To be safe, the program neither uses it nor opens the file. Move “{journal}” somewhere else (do not delete it unless you are sure) and open the file again.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp “{path}” có “{side}” không phải là một tệp bình thường (một thư mục hoặc một liên kết). SQLite dùng đúng tên đó cho nhật ký khi lưu, nên tệp không mở được. Hãy đổi tên hoặc chuyển “{side}” ra chỗ khác rồi mở lại.</source>
        <translation>Beside file “{path}” there is “{side}”, which is not an ordinary file (a folder or a link). SQLite uses exactly that name for its journal while saving, so the file cannot be opened. Rename “{side}” or move it elsewhere, then open the file again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{side}” bên cạnh tệp “{path}” ({reason}). Hãy kiểm tra quyền của tệp đó.</source>
        <translation>Cannot read file “{side}” beside file “{path}” ({reason}). Check that file&apos;s permissions.</translation>
    </message>
    <message>
        <source>Tệp có thêm {count} byte thừa ở cuối (không thuộc cơ sở dữ liệu); nội dung vẫn đọc được bình thường.</source>
        <translation>The file has {count} extra bytes at its end (not part of the database); its content reads normally.</translation>
    </message>
    <message>
        <source>Báo cáo “{name}” trong tệp “{path}” có dữ liệu hỏng ({reason}) nên không đọc được.</source>
        <translation>Report “{name}” in file “{path}” holds damaged data ({reason}) and cannot be read.</translation>
    </message>
    <message>
        <source>Đã bỏ qua báo cáo “{name}” của tệp “{path}” vì dữ liệu hỏng ({reason}).</source>
        <translation>Skipped report “{name}” of file “{path}” because its data is damaged ({reason}).</translation>
    </message>
    <message>
        <source>cột “{column}” có giá trị không hợp lệ: {value}</source>
        <translation>column “{column}” holds an invalid value: {value}</translation>
    </message>
    <message>
        <source>cột “{column}” có chữ không phải UTF-8</source>
        <translation>column “{column}” holds text that is not UTF-8</translation>
    </message>
    <message>
        <source>phần “{column}” có dữ liệu không hợp lệ: {value}</source>
        <translation>part “{column}” holds invalid data: {value}</translation>
    </message>
    <message>
        <source>Tệp “{path}” đã dùng hết số thứ tự cho các bản lưu trước (bảng revisions), nên không lưu thêm được bản nào. Tệp này đã bị một chương trình khác sửa; hãy dùng một bản sao lưu.</source>
        <translation>File “{path}” has used up the numbers for earlier versions (the revisions table), so no more can be saved. Another program has changed this file; use a backup copy.</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo trong tệp “{path}”.</source>
        <translation>The report was not found in file “{path}”.</translation>
    </message>
    <message>
        <source>Báo cáo này đã có trong tệp “{path}”.</source>
        <translation>This report is already in file “{path}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản lưu trước này trong tệp.</source>
        <translation>This earlier version was not found in the file.</translation>
    </message>
    <message>
        <source>Bản sao phải khác tệp đang mở; hãy chọn tên khác.</source>
        <translation>The copy must be a different file from the open one; choose another name.</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu tự động của tệp “{path}”: {reason}</source>
        <translation>Could not make the automatic backup copy of file “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị hỏng bên trong (có trang dữ liệu hỏng) nên chương trình không ghi thêm vào. Hãy dùng một bản sao lưu (Tệp → Khôi phục bản sao lưu tự động…).</source>
        <translation>File “{path}” is damaged inside (some data pages are broken), so the program writes nothing more into it. Use a backup copy (File → Restore an automatic backup…).</translation>
    </message>
    <message>
        <source>Hãy chọn một tệp khác với tệp đang mở để gộp.</source>
        <translation>Choose a file other than the open one to merge.</translation>
    </message>
    <message>
        <source>Đã thêm {count} báo cáo mới:</source>
        <translation>Added {count} new reports:</translation>
    </message>
    <message>
        <source>Đã cập nhật {count} báo cáo theo bản mới hơn của tệp kia:</source>
        <translation>Updated {count} reports to the other file&apos;s newer version:</translation>
    </message>
    <message>
        <source>{count} báo cáo đã được sửa ở cả hai máy. Giữ cả hai bản; bản của tệp kia được thêm thành báo cáo riêng để anh/chị so sánh và chọn:</source>
        <translation>{count} reports were changed on both computers. Both versions are kept; the other file&apos;s version was added as a separate report for you to compare and choose:</translation>
    </message>
    <message>
        <source>Đã thêm {count} từ vào danh sách từ của cơ quan: {words}</source>
        <translation>Added {count} words to the agency&apos;s word list: {words}</translation>
    </message>
    <message>
        <source>{count} báo cáo không cần thay đổi.</source>
        <translation>{count} reports needed no change.</translation>
    </message>
    <message>
        <source>Không có gì mới để gộp.</source>
        <translation>Nothing new to merge.</translation>
    </message>
    <message>
        <source>Không khôi phục được bản sao “{source}” vào “{path}” ({reason}).</source>
        <translation>Could not restore the copy “{source}” into “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Không tạo được thư mục dữ liệu “{folder}”.</source>
        <translation>Could not create the data folder “{folder}”.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên máy “{machine}” (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>File “{path}” has been open for editing on computer “{machine}” (user “{user}”) since {since}. You can open the file read-only.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên một máy khác (không rõ tên) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>File “{path}” has been open for editing on another computer (name unknown) since {since}. You can open the file read-only.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trong một cửa sổ papi-desktop khác của chính bạn trên máy này, từ {since}. Hãy chuyển sang cửa sổ đó trên thanh tác vụ; ở đây bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>File “{path}” is open for editing in another papi-desktop window of yours on this computer, since {since}. Switch to that window on the taskbar; here you can open the file read-only.</translation>
    </message>
    <message>
        <source>Tệp “{path}” còn khóa của một lần chạy papi-desktop trước của chính bạn trên máy này, từ {since}; lần chạy đó đã tắt đột ngột và không còn ai đang sửa tệp. Bạn có thể bỏ khóa và mở để sửa, hoặc mở ở chế độ chỉ đọc.</source>
        <translation>File “{path}” is still locked by an earlier run of papi-desktop of yours on this computer, since {since}; that run ended abruptly and nobody is editing the file. You can remove the lock and open it for editing, or open it read-only.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên chính máy này nhưng bởi một tài khoản khác (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>File “{path}” is open for editing on this same computer but by another account (user “{user}”) since {since}. You can open the file read-only.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trong chính chương trình này. Hãy đóng tệp đó rồi thử lại.</source>
        <translation>File “{path}” is open for editing in this very program. Close that file and try again.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được một chương trình trên máy này mở để sửa (có thể qua một đường dẫn hoặc liên kết khác tới cùng tệp). Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>File “{path}” is open for editing in a program on this computer (perhaps through another path or a link to the same file). You can open the file read-only.</translation>
    </message>
    <message>
        <source>Lần cuối máy đó dùng tệp là {touched}; có thể chương trình ở đó đã tắt đột ngột. Nếu chắc chắn không ai đang sửa tệp, bạn có thể bỏ khóa và mở để sửa.</source>
        <translation>That computer last used the file at {touched}; the program there may have stopped suddenly. If you are sure nobody is editing the file, you can remove the lock and open it for editing.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi. Hãy đóng tệp rồi mở lại.</source>
        <translation>Cannot save to file “{path}”: the right to edit the file has been taken away. Close the file and open it again.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do một cửa sổ papi-desktop khác của chính bạn trên máy này giữ). Hãy đóng tệp rồi mở lại.</source>
        <translation>Could not save to file “{path}”: the right to edit it has passed to another papi-desktop window of yours on this computer. Close the file and open it again.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do máy “{machine}”, người dùng “{user}” giữ). Hãy đóng tệp rồi mở lại.</source>
        <translation>Cannot save to file “{path}”: the right to edit the file has been taken away (computer “{machine}”, user “{user}” now holds it). Close the file and open it again.</translation>
    </message>
    <message>
        <source>Không khóa được tệp “{path}” để sửa: đã có một thư mục tên “{lock}” ở chỗ papi-desktop đặt tệp khóa. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</source>
        <translation>Cannot lock file “{path}” for editing: there is a folder named “{lock}” where papi-desktop puts its lock file. Delete or rename that folder and open the file again (or open the file read-only).</translation>
    </message>
    <message>
        <source>Không đọc được tệp khóa “{lock}” của tệp “{path}” ({reason}). Nếu chắc chắn không ai đang sửa tệp, hãy xóa tệp khóa đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</source>
        <translation>Cannot read the lock file “{lock}” of file “{path}” ({reason}). If you are sure nobody is editing the file, delete that lock file and open the file again (or open the file read-only).</translation>
    </message>
    <message>
        <source>Không khóa được tệp “{path}” để sửa. Hãy thử lại.</source>
        <translation>Could not lock file “{path}” for editing. Try again.</translation>
    </message>
    <message>
        <source>Không truy cập được thư mục “{folder}” ({reason}). Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc quyền của thư mục; chương trình sẽ thử lưu lại.</source>
        <translation>Cannot reach folder “{folder}” ({reason}). Check that the drive (USB stick) is still plugged in and the folder&apos;s permissions; the program will try to save again.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{folder}”: {reason}.</source>
        <translation>Cannot write to folder “{folder}”: {reason}.</translation>
    </message>
</context>
<context>
    <name>open_database</name>
    <message>
        <source>Tệp đang được mở ở nơi khác</source>
        <translation>The file is open elsewhere</translation>
    </message>
    <message>
        <source>Mở chỉ đọc</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Bỏ khóa và mở để sửa</source>
        <translation>Break the lock and open for editing</translation>
    </message>
    <message>
        <source>Bỏ khóa?</source>
        <translation>Break the lock?</translation>
    </message>
    <message>
        <source>Người kia có thể vẫn đang sửa tệp này. Nếu bỏ khóa, những gì họ gõ sau đó sẽ không được lưu vào tệp. Chỉ bỏ khóa khi chắc chắn không ai đang mở tệp. Vẫn bỏ khóa?</source>
        <translation>The other person may still be editing this file. If you break the lock, what they type afterwards will not be saved in the file. Only break the lock when you are sure nobody has the file open. Break it anyway?</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>Cửa sổ papi-desktop kia của bạn trên máy này vẫn đang mở tệp. Nếu bỏ khóa, những gì gõ ở cửa sổ đó sau này sẽ không được lưu vào tệp. Nên chuyển sang cửa sổ đó thay vì bỏ khóa. Vẫn bỏ khóa?</source>
        <translation>Your other papi-desktop window on this computer still has the file open. If you break the lock, what is typed in that window from now on will not be saved to the file. Better switch to that window than break the lock. Break the lock anyway?</translation>
    </message>
</context>
</TS>
