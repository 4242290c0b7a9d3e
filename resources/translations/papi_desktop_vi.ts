<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Báo cáo được sửa ở cả hai máy</source>
        <translation>Báo cáo được sửa ở cả hai máy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản trên máy này&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bản trên máy này&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản từ tệp kia&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bản từ tệp kia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Giữ bản này</source>
        <translation>Giữ bản này</translation>
    </message>
    <message>
        <source>Lấy bản kia</source>
        <translation>Lấy bản kia</translation>
    </message>
    <message>
        <source>Lấy cả thông tin chung của bản kia (kỳ, số, ngày, người ký, nơi nhận)</source>
        <translation>Lấy cả thông tin chung của bản kia (kỳ, số, ngày, người ký, nơi nhận)</translation>
    </message>
    <message>
        <source>“%1” đã được sửa trên cả hai máy. Chọn bản muốn giữ cho từng phần khác nhau. Văn bản bị thay vẫn nằm trong Lịch sử của phần đó; bản từ tệp kia được chuyển vào thùng rác.</source>
        <translation>“%1” đã được sửa trên cả hai máy. Chọn bản muốn giữ cho từng phần khác nhau. Văn bản bị thay vẫn nằm trong Lịch sử của phần đó; bản từ tệp kia được chuyển vào thùng rác.</translation>
    </message>
    <message>
        <source>Để sau (giữ cả hai bản)</source>
        <translation>Để sau (giữ cả hai bản)</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>UBND TỈNH QUẢNG TRỊ</source>
        <translation>UBND TỈNH QUẢNG TRỊ</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>SỞ KHOA HỌC VÀ CÔNG NGHỆ</source>
        <translation>SỞ KHOA HỌC VÀ CÔNG NGHỆ</translation>
    </message>
    <message>
        <source>Tên cơ quan trong câu</source>
        <translation>Tên cơ quan trong câu</translation>
    </message>
    <message>
        <source>Sở Khoa học và Công nghệ</source>
        <translation>Sở Khoa học và Công nghệ</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>để trống đến khi văn thư cấp số</source>
        <translation>để trống đến khi văn thư cấp số</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>BC-SKHCN</source>
        <translation>BC-SKHCN</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Quảng Trị</source>
        <translation>Quảng Trị</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Tự động theo kỳ báo cáo</source>
        <translation>Tự động theo kỳ báo cáo</translation>
    </message>
    <message>
        <source>Quyền hạn ký</source>
        <translation>Quyền hạn ký</translation>
    </message>
    <message>
        <source>Chức vụ người đứng đầu</source>
        <translation>Chức vụ người đứng đầu</translation>
    </message>
    <message>
        <source>GIÁM ĐỐC</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>PHÓ GIÁM ĐỐC</source>
        <translation>PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Họ tên người ký</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Nguyễn Văn A</source>
        <translation>Nguyễn Văn A</translation>
    </message>
    <message>
        <source>Nơi nhận
(mỗi dòng một nơi)</source>
        <translation>Nơi nhận
(mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>VT, VP</source>
        <translation>VT, VP</translation>
    </message>
    <message>
        <source>(không có — người đứng đầu ký)</source>
        <translation>(không có — người đứng đầu ký)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Lịch sử của phần đang sửa</source>
        <translation>Lịch sử của phần đang sửa</translation>
    </message>
    <message>
        <source>%1 — %2 từ</source>
        <translation>%1 — %2 từ</translation>
    </message>
    <message>
        <source>Khôi phục bản này</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <source>Phần này chưa có bản lưu trước nào.</source>
        <translation>Phần này chưa có bản lưu trước nào.</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Kiểm tra báo cáo nhập từ tệp</source>
        <translation>Kiểm tra báo cáo nhập từ tệp</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3</translation>
    </message>
    <message>
        <source>Đoạn văn</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Thuộc phần</source>
        <translation>Thuộc phần</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Lưu thành bản nháp</source>
        <translation>Lưu thành bản nháp</translation>
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
        <translation>Tìm trong mọi báo cáo… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kỳ</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sửa lần cuối</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Mới</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Nhân bản</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Hiện cả báo cáo đã xóa</source>
        <translation>Hiện cả báo cáo đã xóa</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu gần đây</source>
        <translation>Cơ sở dữ liệu gần đây</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới…</source>
        <translation>Cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu…</source>
        <translation>Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Lưu bản sao thành…</source>
        <translation>Lưu bản sao thành…</translation>
    </message>
    <message>
        <source>Nhập từ cơ sở dữ liệu khác…</source>
        <translation>Nhập từ cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>Nhập từ tệp Word…</source>
        <translation>Nhập từ tệp Word…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu tự động…</source>
        <translation>Khôi phục bản sao lưu tự động…</translation>
    </message>
    <message>
        <source>Lưu ngay</source>
        <translation>Lưu ngay</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Xuất ra Word…</source>
        <translation>Xuất ra Word…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Xuất ra PDF…</source>
        <translation>Xuất ra PDF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Gạch đầu dòng</source>
        <translation>Gạch đầu dòng</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Tìm trong các báo cáo</source>
        <translation>Tìm trong các báo cáo</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Báo cáo mới</source>
        <translation>Báo cáo mới</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Báo cáo quý mới (từ báo cáo gần nhất)</source>
        <translation>Báo cáo quý mới (từ báo cáo gần nhất)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Nhân bản báo cáo</source>
        <translation>Nhân bản báo cáo</translation>
    </message>
    <message>
        <source>Xóa báo cáo</source>
        <translation>Xóa báo cáo</translation>
    </message>
    <message>
        <source>Đánh dấu đã hoàn thành</source>
        <translation>Đánh dấu đã hoàn thành</translation>
    </message>
    <message>
        <source>Lịch sử của phần đang sửa…</source>
        <translation>Lịch sử của phần đang sửa…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Mở đầu (căn cứ, lý do báo cáo)</source>
        <translation>Mở đầu (căn cứ, lý do báo cáo)</translation>
    </message>
    <message>
        <source>Mở đầu và phần I</source>
        <translation>Mở đầu và phần I</translation>
    </message>
    <message>
        <source>Mỗi dòng một nhiệm vụ; số thứ tự được đánh tự động.</source>
        <translation>Mỗi dòng một nhiệm vụ; số thứ tự được đánh tự động.</translation>
    </message>
    <message>
        <source>III. Nhiệm vụ quý tới</source>
        <translation>III. Nhiệm vụ quý tới</translation>
    </message>
    <message>
        <source> (chỉ đọc)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu báo cáo (*.papi);;Mọi tệp (*)</source>
        <translation>Cơ sở dữ liệu báo cáo (*.papi);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu mới</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Lưu bản sao thành</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <source>Đã lưu bản sao</source>
        <translation>Đã lưu bản sao</translation>
    </message>
    <message>
        <source>Tệp đang mở không đọc được nữa, nên bản sao “%1” chỉ gồm báo cáo đang soạn, với mọi thay đổi trên màn hình. Khi tệp gốc dùng lại được, hãy mở tệp gốc rồi đưa bản sao vào bằng Tệp → Nhập từ cơ sở dữ liệu khác…</source>
        <translation>Tệp đang mở không đọc được nữa, nên bản sao “%1” chỉ gồm báo cáo đang soạn, với mọi thay đổi trên màn hình. Khi tệp gốc dùng lại được, hãy mở tệp gốc rồi đưa bản sao vào bằng Tệp → Nhập từ cơ sở dữ liệu khác…</translation>
    </message>
    <message>
        <source>Đã lưu bản sao, gồm cả những thay đổi chưa ghi được vào tệp đang mở: %1</source>
        <translation>Đã lưu bản sao, gồm cả những thay đổi chưa ghi được vào tệp đang mở: %1</translation>
    </message>
    <message>
        <source>Đã lưu bản sao: %1</source>
        <translation>Đã lưu bản sao: %1</translation>
    </message>
    <message>
        <source>Bản sao lưu tự động</source>
        <translation>Bản sao lưu tự động</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động nào của tệp này. Mỗi ngày mở tệp, chương trình tự giữ một bản (7 ngày gần nhất).</source>
        <translation>Chưa có bản sao lưu tự động nào của tệp này. Mỗi ngày mở tệp, chương trình tự giữ một bản (7 ngày gần nhất).</translation>
    </message>
    <message>
        <source> (trước lần khôi phục)</source>
        <translation> (trước lần khôi phục)</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Chọn bản muốn khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu trước khi thay.</source>
        <translation>Chọn bản muốn khôi phục. Tệp hiện tại được giữ lại thành một bản sao lưu trước khi thay.</translation>
    </message>
    <message>
        <source>Không khôi phục được: %1</source>
        <translation>Không khôi phục được: %1</translation>
    </message>
    <message>
        <source>Đã khôi phục bản sao lưu ngày %1.</source>
        <translation>Đã khôi phục bản sao lưu ngày %1.</translation>
    </message>
    <message>
        <source>Nhập từ cơ sở dữ liệu khác</source>
        <translation>Nhập từ cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Đã xóa</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Tệp được mở ở chế độ chỉ đọc.</source>
        <translation>Tệp được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>%1 Không sửa được gì trong tệp này; có thể xem, in, xuất, hoặc dùng Tệp → Lưu bản sao thành… để có một bản sửa được ở nơi khác.</source>
        <translation>%1 Không sửa được gì trong tệp này; có thể xem, in, xuất, hoặc dùng Tệp → Lưu bản sao thành… để có một bản sửa được ở nơi khác.</translation>
    </message>
    <message>
        <source>Chưa chọn báo cáo nào. Bấm “Mới” hoặc Báo cáo → Báo cáo quý mới để bắt đầu.</source>
        <translation>Chưa chọn báo cáo nào. Bấm “Mới” hoặc Báo cáo → Báo cáo quý mới để bắt đầu.</translation>
    </message>
    <message>
        <source>Báo cáo này đang ở thùng rác nên chỉ xem được; bấm “Khôi phục” để sửa tiếp.</source>
        <translation>Báo cáo này đang ở thùng rác nên chỉ xem được; bấm “Khôi phục” để sửa tiếp.</translation>
    </message>
    <message>
        <source>Báo cáo này đã được đánh dấu hoàn thành nên chỉ xem được. Chọn Báo cáo → Mở lại để sửa nếu cần chỉnh sửa, hoặc Báo cáo quý mới để soạn quý sau.</source>
        <translation>Báo cáo này đã được đánh dấu hoàn thành nên chỉ xem được. Chọn Báo cáo → Mở lại để sửa nếu cần chỉnh sửa, hoặc Báo cáo quý mới để soạn quý sau.</translation>
    </message>
    <message>
        <source>Đã tạo báo cáo %1 từ báo cáo %2.</source>
        <translation>Đã tạo báo cáo %1 từ báo cáo %2.</translation>
    </message>
    <message>
        <source>Đã chuyển báo cáo vào thùng rác; bật “Hiện cả báo cáo đã xóa” để khôi phục.</source>
        <translation>Đã chuyển báo cáo vào thùng rác; bật “Hiện cả báo cáo đã xóa” để khôi phục.</translation>
    </message>
    <message>
        <source>Mở lại để sửa</source>
        <translation>Mở lại để sửa</translation>
    </message>
    <message>
        <source>Nhập báo cáo từ tệp</source>
        <translation>Nhập báo cáo từ tệp</translation>
    </message>
    <message>
        <source>Báo cáo Word hoặc văn bản (*.docx *.txt)</source>
        <translation>Báo cáo Word hoặc văn bản (*.docx *.txt)</translation>
    </message>
    <message>
        <source>Đã nhập %1 thành bản nháp.</source>
        <translation>Đã nhập %1 thành bản nháp.</translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Chưa lưu được — sẽ thử lại: %1</source>
        <translation>Chưa lưu được — sẽ thử lại: %1</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Không ghi được vào cơ sở dữ liệu:
%1

Nội dung vẫn còn trong cửa sổ và chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác: bản sao có cả những thay đổi chưa ghi được.</source>
        <translation>Không ghi được vào cơ sở dữ liệu:
%1

Nội dung vẫn còn trong cửa sổ và chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác: bản sao có cả những thay đổi chưa ghi được.</translation>
    </message>
    <message>
        <source>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu (ổ USB đã rút, ổ đĩa đầy…). Hãy lưu một bản sao sang nơi khác (ví dụ thư mục Tài liệu) trước khi đóng.</source>
        <translation>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu (ổ USB đã rút, ổ đĩa đầy…). Hãy lưu một bản sao sang nơi khác (ví dụ thư mục Tài liệu) trước khi đóng.</translation>
    </message>
    <message>
        <source>Lưu bản sao rồi đóng…</source>
        <translation>Lưu bản sao rồi đóng…</translation>
    </message>
    <message>
        <source>Đóng, bỏ các thay đổi</source>
        <translation>Đóng, bỏ các thay đổi</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Xuất báo cáo</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Đã xuất %1</source>
        <translation>Đã xuất %1</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Đã xuất báo cáo ra:
%1

Mở tệp này ngay?</source>
        <translation>Đã xuất báo cáo ra:
%1

Mở tệp này ngay?</translation>
    </message>
    <message>
        <source>Xem trước khi in</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Chọn báo cáo ở danh sách bên trái, gõ nội dung vào từng thẻ; bản xem trước bên phải là trang in.
Mọi thay đổi được tự động lưu. Ctrl+E xuất ra Word, Ctrl+P in.</source>
        <translation>Chọn báo cáo ở danh sách bên trái, gõ nội dung vào từng thẻ; bản xem trước bên phải là trang in.
Mọi thay đổi được tự động lưu. Ctrl+E xuất ra Word, Ctrl+P in.</translation>
    </message>
    <message>
        <source>papi-desktop %1
Soạn, lưu và in báo cáo quý về Chỉ số PAPI theo Nghị định 30/2020/NĐ-CP.</source>
        <translation>papi-desktop %1
Soạn, lưu và in báo cáo quý về Chỉ số PAPI theo Nghị định 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <source>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu, nên chưa thể làm việc này. Nội dung vẫn còn trong cửa sổ; chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác.</source>
        <translation>Những thay đổi cuối chưa ghi được vào cơ sở dữ liệu, nên chưa thể làm việc này. Nội dung vẫn còn trong cửa sổ; chương trình sẽ tự thử lại. Có thể dùng Tệp → Lưu bản sao thành… để lưu sang nơi khác.</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>- Gạch đầu dòng</source>
        <translation>- Gạch đầu dòng</translation>
    </message>
    <message>
        <source>Thêm hoặc bỏ “- ” ở đầu các dòng đang chọn (Ctrl+L)</source>
        <translation>Thêm hoặc bỏ “- ” ở đầu các dòng đang chọn (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lịch sử…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message numerus="yes">
        <source>%n từ</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Không tìm thấy tệp “{path}”.</source>
        <translation>Không tìm thấy tệp “{path}”.</translation>
    </message>
    <message>
        <source>“{path}” không phải là một tệp.</source>
        <translation>“{path}” không phải là một tệp.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{path}” ({reason}).</source>
        <translation>Không đọc được tệp “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Tệp “{path}” trống (0 byte): việc chép tệp chưa xong. Hãy chép lại tệp từ máy gốc.</source>
        <translation>Tệp “{path}” trống (0 byte): việc chép tệp chưa xong. Hãy chép lại tệp từ máy gốc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop (không phải tệp SQLite).</source>
        <translation>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop (không phải tệp SQLite).</translation>
    </message>
    <message>
        <source>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.</source>
        <translation>Tệp “{path}” không phải cơ sở dữ liệu của papi-desktop.</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị cụt (thiếu phần cuối), có thể do rút USB khi đang chép. Hãy chép lại tệp từ máy gốc.</source>
        <translation>Tệp “{path}” bị cụt (thiếu phần cuối), có thể do rút USB khi đang chép. Hãy chép lại tệp từ máy gốc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị hỏng, không đọc được. Hãy dùng một bản sao lưu hoặc chép lại tệp từ máy gốc.</source>
        <translation>Tệp “{path}” bị hỏng, không đọc được. Hãy dùng một bản sao lưu hoặc chép lại tệp từ máy gốc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” có cấu trúc khác với cơ sở dữ liệu của papi-desktop (thiếu bảng hoặc cột, hoặc có thêm trigger, view lạ). Để an toàn, chương trình không mở tệp này.</source>
        <translation>Tệp “{path}” có cấu trúc khác với cơ sở dữ liệu của papi-desktop (thiếu bảng hoặc cột, hoặc có thêm trigger, view lạ). Để an toàn, chương trình không mở tệp này.</translation>
    </message>
    <message>
        <source>Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. Hãy cập nhật papi-desktop để mở tệp này.</source>
        <translation>Tệp “{path}” được tạo bằng phiên bản papi-desktop mới hơn. Hãy cập nhật papi-desktop để mở tệp này.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>Tệp “{path}” đang được một chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp “{path}”: tệp hoặc thư mục chứa nó chỉ cho phép đọc.</source>
        <translation>Không ghi được vào tệp “{path}”: tệp hoặc thư mục chứa nó chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy, không lưu được vào tệp “{path}”.</source>
        <translation>Ổ đĩa đã đầy, không lưu được vào tệp “{path}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp “{path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm, tệp hay thư mục không bị đổi tên hoặc xóa; chương trình sẽ thử lưu lại.</source>
        <translation>Không tìm thấy tệp “{path}”. Hãy kiểm tra ổ đĩa (USB) còn cắm, tệp hay thư mục không bị đổi tên hoặc xóa; chương trình sẽ thử lưu lại.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{path}” ({reason}).</source>
        <translation>Không đọc hoặc ghi được tệp “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{path}” (lỗi vào/ra của ổ đĩa). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.</source>
        <translation>Không đọc hoặc ghi được tệp “{path}” (lỗi vào/ra của ổ đĩa). Hãy kiểm tra ổ đĩa (USB) còn cắm và thử lại.</translation>
    </message>
    <message>
        <source>Không có quyền ghi vào “{path}”. Hãy chọn thư mục khác.</source>
        <translation>Không có quyền ghi vào “{path}”. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Thư mục “{folder}” không tồn tại.</source>
        <translation>Thư mục “{folder}” không tồn tại.</translation>
    </message>
    <message>
        <source>Không tạo được tệp “{path}”: {reason}.</source>
        <translation>Không tạo được tệp “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đã có. Hãy chọn tên khác hoặc mở tệp đó.</source>
        <translation>Tệp “{path}” đã có. Hãy chọn tên khác hoặc mở tệp đó.</translation>
    </message>
    <message>
        <source>Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn và cần được cập nhật, nhưng đang mở ở chế độ chỉ đọc. Hãy chép tệp vào máy rồi mở bản chép.</source>
        <translation>Tệp “{path}” được tạo bằng phiên bản papi-desktop cũ hơn và cần được cập nhật, nhưng đang mở ở chế độ chỉ đọc. Hãy chép tệp vào máy rồi mở bản chép.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi: {reason}. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc, không lưu được thay đổi: {reason}. Muốn sửa, hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở bản chép, hoặc đóng tệp ở máy đang sửa rồi mở lại.</translation>
    </message>
    <message>
        <source>tệp hoặc thư mục chứa nó chỉ cho phép đọc (ổ USB bị khóa ghi, đĩa CD, hoặc thư mục không có quyền ghi)</source>
        <translation>tệp hoặc thư mục chứa nó chỉ cho phép đọc (ổ USB bị khóa ghi, đĩa CD, hoặc thư mục không có quyền ghi)</translation>
    </message>
    <message>
        <source>Không mở được tệp “{path}”: tệp đang được mở ở chương trình khác.</source>
        <translation>Không mở được tệp “{path}”: tệp đang được mở ở chương trình khác.</translation>
    </message>
    <message>
        <source>Tệp có một lần lưu bị ngắt giữa chừng (có tệp “-journal” bên cạnh). Lệnh chỉ đọc dùng nội dung đã khôi phục mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao của tệp và tệp “-journal” trong thư mục sao lưu rồi mới khôi phục lần lưu cuối cùng trọn vẹn.</source>
        <translation>Tệp có một lần lưu bị ngắt giữa chừng (có tệp “-journal” bên cạnh). Lệnh chỉ đọc dùng nội dung đã khôi phục mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao của tệp và tệp “-journal” trong thư mục sao lưu rồi mới khôi phục lần lưu cuối cùng trọn vẹn.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp có tệp “-wal” (nhật ký của một chương trình SQLite khác) chứa những thay đổi chưa ghi vào tệp. Lệnh chỉ đọc dùng nội dung đó mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao rồi mới ghi các thay đổi đó vào tệp.</source>
        <translation>Bên cạnh tệp có tệp “-wal” (nhật ký của một chương trình SQLite khác) chứa những thay đổi chưa ghi vào tệp. Lệnh chỉ đọc dùng nội dung đó mà không sửa tệp; khi mở để sửa, papi-desktop giữ một bản sao rồi mới ghi các thay đổi đó vào tệp.</translation>
    </message>
    <message>
        <source>Tệp “{journal}” bên cạnh tệp “{path}” không thuộc về tệp này (có thể đã được chép cùng một tệp khác). Để an toàn, chương trình không dùng nó và không mở tệp. Hãy chuyển tệp “{journal}” ra chỗ khác (đừng xóa nếu chưa chắc) rồi mở lại.</source>
        <translation>Tệp “{journal}” bên cạnh tệp “{path}” không thuộc về tệp này (có thể đã được chép cùng một tệp khác). Để an toàn, chương trình không dùng nó và không mở tệp. Hãy chuyển tệp “{journal}” ra chỗ khác (đừng xóa nếu chưa chắc) rồi mở lại.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp “{path}” có “{side}” không phải là một tệp bình thường (một thư mục hoặc một liên kết). SQLite dùng đúng tên đó cho nhật ký khi lưu, nên tệp không mở được. Hãy đổi tên hoặc chuyển “{side}” ra chỗ khác rồi mở lại.</source>
        <translation>Bên cạnh tệp “{path}” có “{side}” không phải là một tệp bình thường (một thư mục hoặc một liên kết). SQLite dùng đúng tên đó cho nhật ký khi lưu, nên tệp không mở được. Hãy đổi tên hoặc chuyển “{side}” ra chỗ khác rồi mở lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{side}” bên cạnh tệp “{path}” ({reason}). Hãy kiểm tra quyền của tệp đó.</source>
        <translation>Không đọc được tệp “{side}” bên cạnh tệp “{path}” ({reason}). Hãy kiểm tra quyền của tệp đó.</translation>
    </message>
    <message>
        <source>Tệp có thêm {count} byte thừa ở cuối (không thuộc cơ sở dữ liệu); nội dung vẫn đọc được bình thường.</source>
        <translation>Tệp có thêm {count} byte thừa ở cuối (không thuộc cơ sở dữ liệu); nội dung vẫn đọc được bình thường.</translation>
    </message>
    <message>
        <source>Báo cáo “{name}” trong tệp “{path}” có dữ liệu hỏng ({reason}) nên không đọc được.</source>
        <translation>Báo cáo “{name}” trong tệp “{path}” có dữ liệu hỏng ({reason}) nên không đọc được.</translation>
    </message>
    <message>
        <source>Đã bỏ qua báo cáo “{name}” của tệp “{path}” vì dữ liệu hỏng ({reason}).</source>
        <translation>Đã bỏ qua báo cáo “{name}” của tệp “{path}” vì dữ liệu hỏng ({reason}).</translation>
    </message>
    <message>
        <source>cột “{column}” có giá trị không hợp lệ: {value}</source>
        <translation>cột “{column}” có giá trị không hợp lệ: {value}</translation>
    </message>
    <message>
        <source>cột “{column}” có chữ không phải UTF-8</source>
        <translation>cột “{column}” có chữ không phải UTF-8</translation>
    </message>
    <message>
        <source>phần “{column}” có dữ liệu không hợp lệ: {value}</source>
        <translation>phần “{column}” có dữ liệu không hợp lệ: {value}</translation>
    </message>
    <message>
        <source>Tệp “{path}” đã dùng hết số thứ tự cho các bản lưu trước (bảng revisions), nên không lưu thêm được bản nào. Tệp này đã bị một chương trình khác sửa; hãy dùng một bản sao lưu.</source>
        <translation>Tệp “{path}” đã dùng hết số thứ tự cho các bản lưu trước (bảng revisions), nên không lưu thêm được bản nào. Tệp này đã bị một chương trình khác sửa; hãy dùng một bản sao lưu.</translation>
    </message>
    <message>
        <source>Không tìm thấy báo cáo trong tệp “{path}”.</source>
        <translation>Không tìm thấy báo cáo trong tệp “{path}”.</translation>
    </message>
    <message>
        <source>Báo cáo này đã có trong tệp “{path}”.</source>
        <translation>Báo cáo này đã có trong tệp “{path}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản lưu trước này trong tệp.</source>
        <translation>Không tìm thấy bản lưu trước này trong tệp.</translation>
    </message>
    <message>
        <source>Bản sao phải khác tệp đang mở; hãy chọn tên khác.</source>
        <translation>Bản sao phải khác tệp đang mở; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu tự động của tệp “{path}”: {reason}</source>
        <translation>Không tạo được bản sao lưu tự động của tệp “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Tệp “{path}” bị hỏng bên trong (có trang dữ liệu hỏng) nên chương trình không ghi thêm vào. Hãy dùng một bản sao lưu (Tệp → Khôi phục bản sao lưu tự động…).</source>
        <translation>Tệp “{path}” bị hỏng bên trong (có trang dữ liệu hỏng) nên chương trình không ghi thêm vào. Hãy dùng một bản sao lưu (Tệp → Khôi phục bản sao lưu tự động…).</translation>
    </message>
    <message>
        <source>Hãy chọn một tệp khác với tệp đang mở để gộp.</source>
        <translation>Hãy chọn một tệp khác với tệp đang mở để gộp.</translation>
    </message>
    <message>
        <source>Đã thêm {count} báo cáo mới:</source>
        <translation>Đã thêm {count} báo cáo mới:</translation>
    </message>
    <message>
        <source>Đã cập nhật {count} báo cáo theo bản mới hơn của tệp kia:</source>
        <translation>Đã cập nhật {count} báo cáo theo bản mới hơn của tệp kia:</translation>
    </message>
    <message>
        <source>{count} báo cáo đã được sửa ở cả hai máy. Giữ cả hai bản; bản của tệp kia được thêm thành báo cáo riêng để anh/chị so sánh và chọn:</source>
        <translation>{count} báo cáo đã được sửa ở cả hai máy. Giữ cả hai bản; bản của tệp kia được thêm thành báo cáo riêng để anh/chị so sánh và chọn:</translation>
    </message>
    <message>
        <source>Đã thêm {count} từ vào danh sách từ của cơ quan: {words}</source>
        <translation>Đã thêm {count} từ vào danh sách từ của cơ quan: {words}</translation>
    </message>
    <message>
        <source>{count} báo cáo không cần thay đổi.</source>
        <translation>{count} báo cáo không cần thay đổi.</translation>
    </message>
    <message>
        <source>Không có gì mới để gộp.</source>
        <translation>Không có gì mới để gộp.</translation>
    </message>
    <message>
        <source>Không khôi phục được bản sao “{source}” vào “{path}” ({reason}).</source>
        <translation>Không khôi phục được bản sao “{source}” vào “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Không tạo được thư mục dữ liệu “{folder}”.</source>
        <translation>Không tạo được thư mục dữ liệu “{folder}”.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên máy “{machine}” (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được mở để sửa trên máy “{machine}” (người dùng “{user}”) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trên một máy khác (không rõ tên) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được mở để sửa trên một máy khác (không rõ tên) từ {since}. Bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa ở một cửa sổ papi-desktop khác trên chính máy này, của chính người dùng “{user}”, từ {since}. Hãy chuyển sang cửa sổ đó, hoặc mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được mở để sửa ở một cửa sổ papi-desktop khác trên chính máy này, của chính người dùng “{user}”, từ {since}. Hãy chuyển sang cửa sổ đó, hoặc mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được mở để sửa trong chính chương trình này. Hãy đóng tệp đó rồi thử lại.</source>
        <translation>Tệp “{path}” đang được mở để sửa trong chính chương trình này. Hãy đóng tệp đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Tệp “{path}” đang được một chương trình trên máy này mở để sửa (có thể qua một đường dẫn hoặc liên kết khác tới cùng tệp). Bạn có thể mở tệp ở chế độ chỉ đọc.</source>
        <translation>Tệp “{path}” đang được một chương trình trên máy này mở để sửa (có thể qua một đường dẫn hoặc liên kết khác tới cùng tệp). Bạn có thể mở tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>Lần cuối máy đó dùng tệp là {touched}; có thể chương trình ở đó đã tắt đột ngột. Nếu chắc chắn không ai đang sửa tệp, bạn có thể bỏ khóa và mở để sửa.</source>
        <translation>Lần cuối máy đó dùng tệp là {touched}; có thể chương trình ở đó đã tắt đột ngột. Nếu chắc chắn không ai đang sửa tệp, bạn có thể bỏ khóa và mở để sửa.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi. Hãy đóng tệp rồi mở lại.</source>
        <translation>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi. Hãy đóng tệp rồi mở lại.</translation>
    </message>
    <message>
        <source>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do máy “{machine}”, người dùng “{user}” giữ). Hãy đóng tệp rồi mở lại.</source>
        <translation>Không lưu được vào tệp “{path}”: quyền sửa tệp đã bị chuyển đi (nay do máy “{machine}”, người dùng “{user}” giữ). Hãy đóng tệp rồi mở lại.</translation>
    </message>
    <message>
        <source>Không khóa được tệp “{path}” để sửa: đã có một thư mục tên “{lock}” ở chỗ papi-desktop đặt tệp khóa. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</source>
        <translation>Không khóa được tệp “{path}” để sửa: đã có một thư mục tên “{lock}” ở chỗ papi-desktop đặt tệp khóa. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</translation>
    </message>
    <message>
        <source>Không đọc được tệp khóa “{lock}” của tệp “{path}” ({reason}). Nếu chắc chắn không ai đang sửa tệp, hãy xóa tệp khóa đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</source>
        <translation>Không đọc được tệp khóa “{lock}” của tệp “{path}” ({reason}). Nếu chắc chắn không ai đang sửa tệp, hãy xóa tệp khóa đó rồi mở lại (hoặc mở tệp ở chế độ chỉ đọc).</translation>
    </message>
    <message>
        <source>Không khóa được tệp “{path}” để sửa. Hãy thử lại.</source>
        <translation>Không khóa được tệp “{path}” để sửa. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Không truy cập được thư mục “{folder}” ({reason}). Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc quyền của thư mục; chương trình sẽ thử lưu lại.</source>
        <translation>Không truy cập được thư mục “{folder}” ({reason}). Hãy kiểm tra ổ đĩa (USB) còn cắm hoặc quyền của thư mục; chương trình sẽ thử lưu lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{folder}”: {reason}.</source>
        <translation>Không ghi được vào thư mục “{folder}”: {reason}.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Mở đầu</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <source>I. Kế hoạch và triển khai</source>
        <translation>I. Kế hoạch và triển khai</translation>
    </message>
    <message>
        <source>III. Nhiệm vụ quý tới</source>
        <translation>III. Nhiệm vụ quý tới</translation>
    </message>
    <message>
        <source>Nội dung khác</source>
        <translation>Nội dung khác</translation>
    </message>
</context>
<context>
    <name>open_database</name>
    <message>
        <source>Tệp đang được mở ở nơi khác</source>
        <translation>Tệp đang được mở ở nơi khác</translation>
    </message>
    <message>
        <source>Mở chỉ đọc</source>
        <translation>Mở chỉ đọc</translation>
    </message>
    <message>
        <source>Bỏ khóa và mở để sửa</source>
        <translation>Bỏ khóa và mở để sửa</translation>
    </message>
    <message>
        <source>Bỏ khóa?</source>
        <translation>Bỏ khóa?</translation>
    </message>
    <message>
        <source>Người kia có thể vẫn đang sửa tệp này. Nếu bỏ khóa, những gì họ gõ sau đó sẽ không được lưu vào tệp. Chỉ bỏ khóa khi chắc chắn không ai đang mở tệp. Vẫn bỏ khóa?</source>
        <translation>Người kia có thể vẫn đang sửa tệp này. Nếu bỏ khóa, những gì họ gõ sau đó sẽ không được lưu vào tệp. Chỉ bỏ khóa khi chắc chắn không ai đang mở tệp. Vẫn bỏ khóa?</translation>
    </message>
    <message>
        <source>Không mở được tệp</source>
        <translation>Không mở được tệp</translation>
    </message>
</context>
</TS>
