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
        <source>Ngày của văn bản: %1</source>
        <translation>Ngày của văn bản: %1</translation>
    </message>
    <message>
        <source>Ngày của văn bản: chưa có — tệp không ghi ngày hợp lệ (tạm để ngày hôm nay); hãy điền ở thẻ Thông tin chung.</source>
        <translation>Ngày của văn bản: chưa có — tệp không ghi ngày hợp lệ (tạm để ngày hôm nay); hãy điền ở thẻ Thông tin chung.</translation>
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
        <source>Cần xem lại</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Chỉ hiện đoạn cần xem lại (%1)</source>
        <translation>Chỉ hiện đoạn cần xem lại (%1)</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Lưu thành bản nháp</source>
        <translation>Lưu thành bản nháp</translation>
    </message>
    <message>
        <source>Chưa xếp được phần nào</source>
        <translation>Chưa xếp được phần nào</translation>
    </message>
    <message>
        <source>Đã sửa dấu thanh</source>
        <translation>Đã sửa dấu thanh</translation>
    </message>
    <message>
        <source>Dấu thanh rời, giữ nguyên</source>
        <translation>Dấu thanh rời, giữ nguyên</translation>
    </message>
    <message>
        <source>Trong tệp: %1</source>
        <translation>Trong tệp: %1</translation>
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
