<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
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
        <source>Đoạn văn</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Thuộc phần</source>
        <translation>Belongs to part</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lưu thành bản nháp</source>
        <translation>Save as a draft</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>papi-desktop</source>
        <translation>papi-desktop</translation>
    </message>
    <message>
        <source>Tìm trong mọi báo cáo… (Ctrl+F)</source>
        <translation>Search all reports… (Ctrl+F)</translation>
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
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
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
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
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
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>Mở đầu (căn cứ, lý do báo cáo)</source>
        <translation>Opening (legal basis, purpose of the report)</translation>
    </message>
    <message>
        <source>Mở đầu và phần I</source>
        <translation>Opening and part I</translation>
    </message>
    <message>
        <source>Mỗi dòng một nhiệm vụ; số thứ tự được đánh tự động.</source>
        <translation>One task per line; they are numbered automatically.</translation>
    </message>
    <message>
        <source>III. Nhiệm vụ quý tới</source>
        <translation>III. Next quarter&apos;s tasks</translation>
    </message>
    <message>
        <source> (chỉ đọc)</source>
        <translation> (read-only)</translation>
    </message>
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
    <message>
        <source>Tệp được mở ở chế độ chỉ đọc.</source>
        <translation>The file is open read-only.</translation>
    </message>
    <message>
        <source>%1 Không sửa được gì trong tệp này; có thể xem, in, xuất, hoặc dùng Tệp → Lưu bản sao thành… để có một bản sửa được ở nơi khác.</source>
        <translation>%1 Nothing can be changed in this file; you can view, print and export, or use File → Save a copy as… to get an editable copy elsewhere.</translation>
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
        <source>Đã tạo báo cáo %1 từ báo cáo %2.</source>
        <translation>Created the report for %1 from the report for %2.</translation>
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
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Chọn báo cáo ở danh sách bên trái, gõ nội dung vào từng thẻ; bản xem trước bên phải là trang in.
Mọi thay đổi được tự động lưu. Ctrl+E xuất ra Word, Ctrl+P in.</source>
        <translation>Choose a report in the list on the left and type into each tab; the preview on the right is the printed page.
Every change is saved automatically. Ctrl+E exports to Word, Ctrl+P prints.</translation>
    </message>
    <message>
        <source>papi-desktop %1
Soạn, lưu và in báo cáo quý về Chỉ số PAPI theo Nghị định 30/2020/NĐ-CP.</source>
        <translation>papi-desktop %1
Draft, keep and print the quarterly PAPI Index report under Decree 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <source>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu, nên chưa thể làm việc này. Nội dung vẫn còn trong cửa sổ; chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác.</source>
        <translation>The latest changes could not be written to the database yet, so this cannot be done now. The text is still in the window and saving will be retried. File → Save a copy as… can save it elsewhere.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not do that</translation>
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
        <source>%n từ</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
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
        <source>Tệp “{path}” đang được mở để sửa ở một cửa sổ papi-desktop khác trên chính máy này, của chính người dùng “{user}”, từ {since}. Hãy chuyển sang cửa sổ đó, hoặc mở tệp ở chế độ chỉ đọc.</source>
        <translation>File “{path}” has been open for editing in another papi-desktop window on this very computer, by the same user “{user}”, since {since}. Switch to that window, or open the file read-only.</translation>
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
    <name>labels</name>
    <message>
        <source>Mở đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>I. Kế hoạch và triển khai</source>
        <translation>I. Plan and implementation</translation>
    </message>
    <message>
        <source>III. Nhiệm vụ quý tới</source>
        <translation>III. Next quarter&apos;s tasks</translation>
    </message>
    <message>
        <source>Nội dung khác</source>
        <translation>Other content</translation>
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
</context>
</TS>
