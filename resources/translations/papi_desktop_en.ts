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
